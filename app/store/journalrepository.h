// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/journal.h"
#include "core/result.h"

#include <QList>

namespace akten::store {

class Database;

/**
 * Social journal entries and corrections (append-only, enforced by triggers) and day notes (deletable only by the
 * 90-day purge after review). Same thread as its Database; no transactions of its own.
 */
class JournalRepository
{
public:
    explicit JournalRepository(Database &db);

    [[nodiscard]] Status append(const core::JournalEntry &entry);
    [[nodiscard]] Status appendCorrection(const core::Correction &correction);
    /** Entries of a resident, newest event date first (then HLC). */
    [[nodiscard]] Result<QList<core::JournalEntry>> entries(const core::Id &residentId) const;
    [[nodiscard]] Result<QList<core::Correction>> corrections(const core::Id &residentId) const;

    [[nodiscard]] Status addDayNote(const core::DayNote &note);
    [[nodiscard]] Status markDayNoteReviewed(const core::Id &noteId, const core::Id &reviewer, qint64 atMs);
    [[nodiscard]] Result<QList<core::DayNote>> dayNotes(const core::Id &residentId) const;
    /** Deletes day notes older than 90 days at nowMs; returns how many were deleted. */
    [[nodiscard]] Result<int> purgeExpiredDayNotes(qint64 nowMs);

private:
    Database &m_db;
};

} // namespace akten::store
