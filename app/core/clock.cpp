// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/clock.h"

#include <QDateTime>
#include <QDeadlineTimer>

namespace akten::core {

qint64 SystemClock::nowMs() const
{
    return QDateTime::currentMSecsSinceEpoch();
}

SteadyClock::SteadyClock()
    : m_startNs(QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs())
{ }

qint64 SteadyClock::elapsedMs() const
{
    return (QDeadlineTimer::current(Qt::PreciseTimer).deadlineNSecs() - m_startNs) / 1'000'000;
}

} // namespace akten::core
