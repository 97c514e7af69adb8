// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/followup.h"
#include "app/core/result.h"

#include <QList>

namespace akten::store {

class Database;

/**
 * Follow-ups of implementation plans: append-only records (the triggers of 0012_plan_follow_ups.sql refuse any
 * change or delete). Same thread as its Database; no transactions of its own (FollowUpService writes through
 * AccessAudit, with the journal entry and audit events in the same transaction).
 */
class FollowUpRepository
{
public:
    explicit FollowUpRepository(Database &db);

    /** Appends a complete follow-up (core::checkFollowUp finds nothing); InvalidInput otherwise. */
    [[nodiscard]] Status add(const core::PlanFollowUpRecord &followUp);
    /** A resident's follow-ups, oldest first. */
    [[nodiscard]] Result<QList<core::PlanFollowUpRecord>> forResident(const core::Id &residentId) const;

private:
    Database &m_db;
};

} // namespace akten::store
