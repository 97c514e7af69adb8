// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/signingmonth.h"

#include "app/core/caretime.h"

#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::report {

QString SignatureMark::signum() const
{
    return late ? initials + u'*' : initials;
}

QStringList SignatureMark::lines() const
{
    QStringList out { signum() };
    if (notDone) {
        out << u"Ej "_s + reasonLetter;
    }
    return out;
}

int SigningCell::lineCount() const
{
    qsizetype lines = 0;
    for (const SignatureMark &mark : marks) {
        lines += mark.lines().size();
    }
    return int(std::max<qsizetype>(lines, 1));
}

QString SigningRow::timeLabel() const
{
    return asNeeded ? u"Vid behov"_s : time.toString(u"HH:mm"_s);
}

int SigningRow::lineCount() const
{
    // The time column holds the time (as needed: "Vid" / "behov") and "HSL" under it.
    int lines = std::max(2, (asNeeded ? 2 : 1) + (delegatedHsl ? 1 : 0));
    for (const SigningCell &cell : days) {
        lines = std::max(lines, cell.lineCount());
    }
    return lines;
}

QChar reasonLetter(core::NotDoneReason reason)
{
    switch (reason) {
    case core::NotDoneReason::Declined:
        return u'A';
    case core::NotDoneReason::Absent:
        return u'B';
    case core::NotDoneReason::NotPossible:
        return u'C';
    case core::NotDoneReason::Other:
        return u'D';
    case core::NotDoneReason::Unspecified:
        break;
    }
    return u'?';
}

QString monthLabelSv(const QDate &month)
{
    return QLocale(QLocale::Swedish, QLocale::Sweden).toString(month, u"MMMM yyyy"_s);
}

QString dateTimeLabelSv(const QDateTime &time)
{
    const QDateTime local = time.toTimeZone(core::careTimeZone());
    return QLocale(QLocale::Swedish, QLocale::Sweden).toString(local.date(), u"d MMMM yyyy"_s) + u", "_s
        + local.time().toString(u"HH:mm"_s);
}

QString weekdayLabelSv(const QDate &day)
{
    static const QStringList names { u"må"_s, u"ti"_s, u"on"_s, u"to"_s, u"fr"_s, u"lö"_s, u"sö"_s };
    return day.isValid() ? names.at(day.dayOfWeek() - 1) : QString();
}

} // namespace akten::report
