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

} // namespace akten::core
