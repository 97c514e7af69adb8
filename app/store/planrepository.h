// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/plan.h"
#include "app/core/result.h"

#include <QList>

namespace akten::store {

class Database;

/** Immutable plan revisions (versioned documents). Same thread as its Database; no transactions of its own. */
class PlanRepository
{
public:
    explicit PlanRepository(Database &db);

    /** Appends a revision; its parents must exist for the same resident. */
    [[nodiscard]] Status append(const core::PlanRevision &revision);
    /** All revisions of a resident ordered by HLC. */
    [[nodiscard]] Result<QList<core::PlanRevision>> revisions(const core::Id &residentId) const;
    /** Revisions that no other revision names as parent; more than one means a conflict to resolve. */
    [[nodiscard]] Result<QList<core::PlanRevision>> heads(const core::Id &residentId) const;
    /** How many residents' plans have more than one head (kept conflicts waiting for a merge revision). */
    [[nodiscard]] Result<qint64> residentsInConflict() const;

private:
    Database &m_db;
};

} // namespace akten::store
