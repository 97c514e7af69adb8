// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/accessaudit.h"
#include "app/auth/sessionpolicy.h"
#include "app/core/journal.h"

#include <QDate>
#include <QString>

namespace akten::models {

/** The journal entry the guideline asks for beside a write (a consent, a release, a closure …), by `user`. */
[[nodiscard]] core::JournalEntry journalEntryBy(const auth::SessionUser &user, const core::Id &residentId,
    const QDate &eventDate, core::JournalCategory category, const QString &text);

/**
 * The audited write that appends `entry` (stamped when written) in the same transaction as the record it goes with;
 * `entry` must outlive AccessAudit::recordWrites, which fills in its meta.
 */
[[nodiscard]] auth::AuditedWrite journalWrite(
    const auth::SessionUser &user, core::JournalEntry &entry, const core::Id &unitId);

} // namespace akten::models
