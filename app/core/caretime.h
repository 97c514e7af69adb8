// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QDate>
#include <QTimeZone>

namespace akten::core {

/**
 * The care unit's time zone: Europe/Stockholm (Swedish units), whatever the device's TZ says. Dates a person states
 * (event dates, signing-list days, "since" filters, the demo's history) are days in this zone. If the machine has
 * no time-zone data for it, the device's own zone; the same fallback everywhere, so the programs agree.
 */
[[nodiscard]] QTimeZone careTimeZone();

/** The date in the care unit's time zone at `ms` (milliseconds since the epoch). */
[[nodiscard]] QDate careDate(qint64 ms);

/** Today's date in the care unit's time zone by the system clock. */
[[nodiscard]] QDate careToday();

/**
 * The instant (ms since the epoch) of clock time `time` on `day` in the care time zone. A time the spring change
 * skips (02:00–03:00 on the last Sunday of March in Sweden) moves forward by the gap (02:30 → 03:30); a time the
 * autumn change repeats (02:00–03:00 on the last Sunday of October) is its first, summer-time occasion.
 */
[[nodiscard]] qint64 careInstantMs(const QDate &day, const QTime &time);

} // namespace akten::core
