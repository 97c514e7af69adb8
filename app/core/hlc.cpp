// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/hlc.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::core {

QString HlcStamp::toString() const
{
    return u"%1-%2"_s.arg(physicalMs, 15, 10, QLatin1Char('0')).arg(logical, 10, 10, QLatin1Char('0'));
}

namespace {

/** `count` ASCII digits of `text` from `from` as a number, or -1 (read on every downloaded record: no regex). */
qint64 digits(const QString &text, qsizetype from, qsizetype count)
{
    qint64 value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9') {
            return -1;
        }
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

std::optional<HlcStamp> HlcStamp::fromString(const QString &text)
{
    // Exactly what toString() writes: 15 digits of milliseconds, '-', 10 digits of logical counter (<= 2^32 - 1).
    if (text.size() != 26 || text.at(15) != u'-') {
        return std::nullopt;
    }
    const qint64 physical = digits(text, 0, 15);
    const qint64 logical = digits(text, 16, 10);
    if (physical < 0 || logical < 0 || logical > 0xffffffffLL) {
        return std::nullopt;
    }
    return HlcStamp { physical, static_cast<quint32>(logical) };
}

HybridLogicalClock::HybridLogicalClock(const Clock &clock, qint64 maxDriftMs)
    : m_clock(clock)
    , m_maxDriftMs(maxDriftMs)
{ }

void HybridLogicalClock::restore(HlcStamp last)
{
    m_last = std::max(m_last, last);
}

HlcStamp HybridLogicalClock::now()
{
    const qint64 physical = m_clock.nowMs();
    if (physical > m_last.physicalMs) {
        m_last = { physical, 0 };
    } else {
        // The wall clock stands still or went backwards: keep the physical part, count logically.
        ++m_last.logical;
    }
    return m_last;
}

std::optional<HlcStamp> HybridLogicalClock::receive(HlcStamp remote)
{
    const qint64 physical = m_clock.nowMs();
    if (remote.physicalMs > physical + m_maxDriftMs) {
        return std::nullopt; // a device with a clock far in the future must not drag ours along
    }
    const qint64 top = std::max({ physical, m_last.physicalMs, remote.physicalMs });
    quint32 logical = 0;
    if (top == m_last.physicalMs && top == remote.physicalMs) {
        logical = std::max(m_last.logical, remote.logical) + 1;
    } else if (top == m_last.physicalMs) {
        logical = m_last.logical + 1;
    } else if (top == remote.physicalMs) {
        logical = remote.logical + 1;
    }
    m_last = { top, logical };
    return m_last;
}

} // namespace akten::core
