// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"

#include <QString>

#include <compare>
#include <optional>

namespace akten::core {

/** A hybrid logical clock stamp: physical milliseconds plus a logical counter; totally ordered. */
struct HlcStamp
{
    qint64 physicalMs = 0;
    quint32 logical = 0;

    auto operator<=>(const HlcStamp &) const = default;
    /** Fixed-width text form "PPPPPPPPPPPPPPP-LLLLLLLLLL" that sorts like the stamp. */
    [[nodiscard]] QString toString() const;
    [[nodiscard]] static std::optional<HlcStamp> fromString(const QString &text);
};

/**
 * Hybrid logical clock (Kulkarni et al.): stamps are strictly increasing on this device even when the wall clock
 * jumps backwards, and merge with stamps from other devices. Remote stamps further ahead than maxDriftMs are refused.
 * Not thread-safe: one per device, used from the thread that writes records.
 */
class HybridLogicalClock
{
public:
    explicit HybridLogicalClock(const Clock &clock, qint64 maxDriftMs = 24LL * 3600 * 1000);

    /** Restores the last issued stamp (persisted by the store) so ordering survives restarts. */
    void restore(HlcStamp last);
    /** A new stamp for a local event, greater than every stamp issued or received before. */
    [[nodiscard]] HlcStamp now();
    /** Merges a stamp seen on a remote record; returns nullopt (and changes nothing) if it is implausibly far ahead. */
    std::optional<HlcStamp> receive(HlcStamp remote);
    [[nodiscard]] HlcStamp last() const { return m_last; }

private:
    const Clock &m_clock;
    qint64 m_maxDriftMs;
    HlcStamp m_last;
};

} // namespace akten::core
