// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/caretime.h"

#include <QDateTime>

#include <optional>

namespace akten::core {

QTimeZone careTimeZone()
{
    static const QTimeZone zone = [] {
        const QTimeZone stockholm(QByteArrayLiteral("Europe/Stockholm"));
        return stockholm.isValid() ? stockholm : QTimeZone::systemTimeZone();
    }();
    return zone;
}

QDate careDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, careTimeZone()).date();
}

QDate careToday()
{
    return careDate(QDateTime::currentMSecsSinceEpoch());
}

qint64 careInstantMs(const QDate &day, const QTime &time)
{
    const QTimeZone zone = careTimeZone();
    // The clock time read as if it were UTC, then each offset in force around that day tried: an offset that the
    // zone really has at the resulting instant gives a valid reading (two in the autumn overlap, none in the gap).
    const qint64 asUtc = QDateTime(day, time, QTimeZone::utc()).toMSecsSinceEpoch();
    const int before = zone.offsetFromUtc(QDateTime(day.addDays(-1), QTime(12, 0), QTimeZone::utc()));
    const int after = zone.offsetFromUtc(QDateTime(day.addDays(1), QTime(12, 0), QTimeZone::utc()));
    std::optional<qint64> first;
    for (const int offset : { before, after }) {
        const qint64 candidate = asUtc - qint64(offset) * 1000;
        if (zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(candidate, QTimeZone::utc())) == offset
            && (!first || candidate < *first)) {
            first = candidate;
        }
    }
    return first ? *first : asUtc - qint64(before) * 1000; // in the gap: on the old offset, i.e. moved forward
}

} // namespace akten::core
