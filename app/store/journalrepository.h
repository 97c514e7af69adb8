// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/journal.h"
#include "app/core/result.h"

#include <QList>

#include <optional>

namespace akten::store {

class Database;

/** A writer's unfinished note on this device (core::encodeDraft), never synced. */
struct JournalDraft
{
    core::Id id;
    qint64 updatedMs = 0;
    QByteArray body;
};

/**
 * Social journal entries and corrections (append-only, enforced by triggers) and the writers' drafts. Day notes are
 * not the journal: DayNoteRepository. Same thread as its Database; no transactions of its own.
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
    [[nodiscard]] Result<std::optional<core::JournalEntry>> entry(const core::Id &id) const;
    /**
     * Entries of a resident whose text (or a correction's) has every word of `query`, as typed or longer
     * (Swedish endings: "matsal" finds "matsalen"), in the order of entries(). FTS5 inside the encrypted store.
     */
    [[nodiscard]] Result<QList<core::JournalEntry>> search(const core::Id &residentId, const QString &query) const;

    /** Saves (or replaces) the author's draft; another author's draft with the same id is left alone. */
    [[nodiscard]] Status saveDraft(
        const core::Id &draftId, const core::Id &authorId, qint64 atMs, const QByteArray &body);
    [[nodiscard]] Result<QList<JournalDraft>> drafts(const core::Id &authorId) const;
    [[nodiscard]] Status deleteDraft(const core::Id &draftId, const core::Id &authorId);

private:
    Database &m_db;
};

} // namespace akten::store
