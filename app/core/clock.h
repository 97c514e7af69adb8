// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QtGlobal>

namespace akten::core {

/** Source of wall-clock time in milliseconds since the Unix epoch; injected so tests can move time. */
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual qint64 nowMs() const = 0;
};

/** The real system clock. */
class SystemClock final : public Clock
{
public:
    [[nodiscard]] qint64 nowMs() const override;
};

/**
 * Monotonic milliseconds since an arbitrary start; never jumps when the wall clock is changed. Session timers (idle
 * lock, re-authentication) run on it, so setting the tablet's clock back cannot keep a session open.
 */
class MonotonicClock
{
public:
    virtual ~MonotonicClock() = default;
    [[nodiscard]] virtual qint64 elapsedMs() const = 0;
};

/** The real monotonic clock (CLOCK_MONOTONIC via QElapsedTimer). */
class SteadyClock final : public MonotonicClock
{
public:
    SteadyClock();
    [[nodiscard]] qint64 elapsedMs() const override;

private:
    qint64 m_startNs;
};

} // namespace akten::core
