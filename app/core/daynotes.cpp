// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/daynotes.h"

#include "app/core/caretime.h"
#include "app/core/rules.h"

using namespace Qt::StringLiterals;

namespace akten::core {

QString toCode(DayNoteReviewOutcome outcome)
{
    return outcome == DayNoteReviewOutcome::Moved ? u"moved"_s : u"nothing"_s;
}

std::optional<DayNoteReviewOutcome> dayNoteReviewOutcomeFromCode(const QString &code)
{
    if (code == "moved"_L1) {
        return DayNoteReviewOutcome::Moved;
    }
    if (code == "nothing"_L1) {
        return DayNoteReviewOutcome::Nothing;
    }
    return std::nullopt;
}

int dayNoteAgeDays(qint64 writtenMs, qint64 nowMs)
{
    return int(careDate(writtenMs).daysTo(careDate(nowMs)));
}

int dayNoteDaysLeft(qint64 writtenMs, qint64 nowMs)
{
    const QDate written = careDate(writtenMs);
    return std::max(0, int(careDate(nowMs).daysTo(dayNoteExpiry(written))));
}

bool dayNoteDueForReview(qint64 writtenMs, qint64 nowMs)
{
    return dayNoteAgeDays(writtenMs, nowMs) >= kDayNoteReviewFromDay && !dayNoteExpired(writtenMs, nowMs);
}

qint64 dayNotePurgeCutoffMs(qint64 nowMs)
{
    // Written on day D, deleted from day dayNoteExpiry(D): expired when written on or before today - retention,
    // i.e. before the first instant of (today - retention + 1).
    const QDate today = careDate(nowMs);
    const qint64 retention = today.daysTo(dayNoteExpiry(today));
    return careInstantMs(today.addDays(1 - retention), QTime(0, 0));
}

bool dayNoteExpired(qint64 writtenMs, qint64 nowMs)
{
    return writtenMs < dayNotePurgeCutoffMs(nowMs);
}

DayNoteTextProblem checkDayNoteText(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return DayNoteTextProblem::Empty;
    }
    return text.trimmed().size() > kMaxDayNoteText ? DayNoteTextProblem::TooLong : DayNoteTextProblem::None;
}

} // namespace akten::core
