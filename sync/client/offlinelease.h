// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QtGlobal>

#include <algorithm>

namespace akten::sync {

/**
 * The offline lease: a tablet that syncs (it is enrolled) and has not completed a sync for `days` days locks the
 * personal data until it syncs again, so a lost or stolen tablet does not show residents' records for ever. A tablet
 * that has never completed a sync is locked too (it has no unit's data yet anyway). 0 days: no lease.
 *
 * Time offline is the longer of two counts: the wall clock since the last completed sync, and the time Akten has been
 * running since then (a monotonic count the app keeps in the store). Setting the tablet's clock back therefore does
 * not extend the lease while anyone uses the app; setting it forwards only locks sooner.
 */
struct OfflineLease
{
    static constexpr qint64 kDayMs = 24LL * 3600 * 1000;
    int days = 7;

    [[nodiscard]] static qint64 offlineMs(qint64 lastCompletedMs, qint64 nowMs, qint64 runningMs)
    {
        return std::max(nowMs - lastCompletedMs, runningMs);
    }
    /** When the lease ends (wall clock ms, counted from now), or 0 if it does not apply. */
    [[nodiscard]] qint64 endsAtMs(qint64 lastCompletedMs, qint64 nowMs, qint64 runningMs = 0) const
    {
        return days <= 0 ? 0 : nowMs + qint64(days) * kDayMs - offlineMs(lastCompletedMs, nowMs, runningMs);
    }
    [[nodiscard]] bool locked(qint64 lastCompletedMs, qint64 nowMs, qint64 runningMs = 0) const
    {
        return days > 0
            && (lastCompletedMs <= 0 || offlineMs(lastCompletedMs, nowMs, runningMs) >= qint64(days) * kDayMs);
    }
};

} // namespace akten::sync
