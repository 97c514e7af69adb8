// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/caseclosure.h"

using namespace Qt::StringLiterals;

namespace akten::core {

QString toCode(ClosureReason reason)
{
    switch (reason) {
    case ClosureReason::Moved:
        return u"moved"_s;
    case ClosureReason::Deceased:
        return u"deceased"_s;
    case ClosureReason::InsatsEnded:
        return u"insats_ended"_s;
    case ClosureReason::Other:
        break;
    }
    return u"other"_s;
}

std::optional<ClosureReason> closureReasonFromCode(const QString &code)
{
    for (const ClosureReason reason : closureReasons()) {
        if (toCode(reason) == code) {
            return reason;
        }
    }
    return std::nullopt;
}

QString labelSv(ClosureReason reason)
{
    switch (reason) {
    case ClosureReason::Moved:
        return u"Flytt"_s;
    case ClosureReason::Deceased:
        return u"Avliden"_s;
    case ClosureReason::InsatsEnded:
        return u"Insatsen upphör"_s;
    case ClosureReason::Other:
        break;
    }
    return u"Annat"_s;
}

QList<ClosureReason> closureReasons()
{
    return { ClosureReason::Moved, ClosureReason::Deceased, ClosureReason::InsatsEnded, ClosureReason::Other };
}

ClosureGaps checkClosure(
    const std::optional<ClosureReason> &reason, const QString &reasonText, const QString &finalNote)
{
    ClosureGaps gaps;
    gaps.noReason = !reason.has_value();
    gaps.noReasonText = reason == ClosureReason::Other && reasonText.trimmed().isEmpty();
    gaps.noFinalNote = finalNote.trimmed().isEmpty();
    return gaps;
}

} // namespace akten::core
