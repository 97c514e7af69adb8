// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/daynotes.h"
#include "app/core/result.h"

#include <QList>

#include <optional>

namespace akten::store {

class Database;

/** A day note as the screens list it: with its author's and resident's names and its first review, if any. */
struct DayNoteListing
{
    core::DayNote note;
    QString authorName; ///< "Anna Berg" (empty if the author is not known here)
    QString authorTitle;
    QString residentName;
    core::Id unitId;
    std::optional<core::DayNoteReview> review;
    QString reviewerName;
    bool residentProtected = false; ///< a protected identity: lists show no name
};

/**
 * Day notes (immutable) and their reviews (append-only records), and the 90-day purge: the only delete in the
 * device store, allowed by the trigger day_notes_purge_only only inside purge() and only for notes written before the
 * care-time cutoff (core::dayNotePurgeCutoffMs). Same thread as its Database; no transactions of its own (the
 * callers write through AccessAudit, with an audit event in the same transaction).
 */
class DayNoteRepository
{
public:
    explicit DayNoteRepository(Database &db);

    [[nodiscard]] Status add(const core::DayNote &note);
    /** Records a review of a note held here that has none yet; NotFound / InvalidInput otherwise. */
    [[nodiscard]] Status addReview(const core::DayNoteReview &review);
    /** The notes of residents of `unitIds` (and of `residentId` only, if set), newest first. */
    [[nodiscard]] Result<QList<DayNoteListing>> listing(
        const QList<core::Id> &unitIds, const std::optional<core::Id> &residentId = {}) const;
    [[nodiscard]] Result<std::optional<DayNoteListing>> find(const core::Id &noteId) const;
    /** Every note written before `cutoffMs`, oldest first, with its review (what the purge must log). */
    [[nodiscard]] Result<QList<DayNoteListing>> writtenBefore(qint64 cutoffMs) const;
    /** Deletes note `noteId` if it was written before `cutoffMs`; NotFound if there was no such note. */
    [[nodiscard]] Status purge(const core::Id &noteId, qint64 cutoffMs);

private:
    [[nodiscard]] Result<QList<DayNoteListing>> query(const QString &where, const QStringList &params) const;

    Database &m_db;
};

} // namespace akten::store
