// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QtGlobal>

namespace akten::sync {

/**
 * The offline lease: a tablet that syncs (it is enrolled) and has not completed a sync for `days` days locks the
 * personal data until it syncs again, so a lost or stolen tablet does not show residents' records for ever. A tablet
 * that has never completed a sync is locked too (it has no unit's data yet anyway). 0 days: no lease.
 */
struct OfflineLease
{
    int days = 7;

    /** When the lease ends (wall clock ms), or 0 if it does not apply. */
    [[nodiscard]] qint64 endsAtMs(qint64 lastCompletedMs) const
    {
        return days <= 0 ? 0 : lastCompletedMs + qint64(days) * 24 * 3600 * 1000;
    }
    [[nodiscard]] bool locked(qint64 lastCompletedMs, qint64 nowMs) const
    {
        return days > 0 && (lastCompletedMs <= 0 || nowMs >= endsAtMs(lastCompletedMs));
    }
};

} // namespace akten::sync
