// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Day notes (daganteckningar, domain.md D4): handover notes, not the journal. Deleted 90 days after writing; from
// day 75 a review queue asks staff to move what matters into the journal. Days are counted in care time
// (core::careTimeZone), so every device and the central store agree on the day a note goes.
#pragma once

#include "app/core/journal.h"

#include <QString>

#include <optional>

namespace akten::core {

/** A note written on day D is deleted from day D + kDayNoteRetentionDays (core::dayNoteExpiry). */
constexpr int kDayNoteRetentionDays = 90;
/** From this age (in care days) an unreviewed note is in the review queue. */
constexpr int kDayNoteReviewFromDay = 75;
/** A day note is short: a handover, not a journal entry. */
constexpr int kMaxDayNoteText = 2000;

/** What the review found: moved into the journal, or nothing that needed moving. */
enum class DayNoteReviewOutcome { Moved, Nothing };

/** A review of a day note: an append-only record (who, when, what they found), never the note's text. */
struct DayNoteReview
{
    RecordMeta meta;
    Id noteId;
    Id residentId;
    DayNoteReviewOutcome outcome = DayNoteReviewOutcome::Nothing;
};

[[nodiscard]] QString toCode(DayNoteReviewOutcome outcome);
[[nodiscard]] std::optional<DayNoteReviewOutcome> dayNoteReviewOutcomeFromCode(const QString &code);

/** Whole care days from the day a note was written (`writtenMs`) to the day of `nowMs`: 0 on the day itself. */
[[nodiscard]] int dayNoteAgeDays(qint64 writtenMs, qint64 nowMs);
/** Days until the day the purge removes the note (1: it goes tomorrow; 0: today). */
[[nodiscard]] int dayNoteDaysLeft(qint64 writtenMs, qint64 nowMs);
/** Aged 75 days or more (and not yet purged): an unreviewed note belongs in the review queue. */
[[nodiscard]] bool dayNoteDueForReview(qint64 writtenMs, qint64 nowMs);
/**
 * Notes written before this instant (midnight care time, 89 days before today) have reached day 90 at `nowMs` and
 * must be deleted, on the tablets and centrally; no copy of them may be uploaded or downloaded again.
 */
[[nodiscard]] qint64 dayNotePurgeCutoffMs(qint64 nowMs);
[[nodiscard]] bool dayNoteExpired(qint64 writtenMs, qint64 nowMs);

/** Whether a day note's text can be saved: not empty, not longer than kMaxDayNoteText. */
enum class DayNoteTextProblem { None, Empty, TooLong };
[[nodiscard]] DayNoteTextProblem checkDayNoteText(const QString &text);

} // namespace akten::core
