// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"

namespace akten::test {

/** A clock the test sets and moves by hand, forwards or backwards. */
class ManualClock final : public core::Clock
{
public:
    explicit ManualClock(qint64 nowMs = 1'767'225'600'000)
        : m_nowMs(nowMs)
    { } // 2026-01-01T00:00:00Z
    [[nodiscard]] qint64 nowMs() const override { return m_nowMs; }
    void set(qint64 ms) { m_nowMs = ms; }
    void advance(qint64 ms) { m_nowMs += ms; }

private:
    qint64 m_nowMs;
};

/** A monotonic clock the test moves by hand. */
class ManualMonotonicClock final : public core::MonotonicClock
{
public:
    [[nodiscard]] qint64 elapsedMs() const override { return m_ms; }
    void advance(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms = 0;
};

} // namespace akten::test
