// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/careclock.h"

#include "app/core/caretime.h"
#include "app/core/clock.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

CareClock::CareClock(const akten::core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &CareClock::check);
    m_timer.start();
    check();
}

CareClock::~CareClock() = default;

qint64 CareClock::nowMs() const
{
    return m_clock.nowMs();
}

QDate CareClock::today() const
{
    return akten::core::careDate(nowMs());
}

void CareClock::check()
{
    const QString text
        = QDateTime::fromMSecsSinceEpoch(nowMs(), akten::core::careTimeZone()).time().toString(u"HH:mm"_s);
    if (text != m_timeText) {
        m_timeText = text;
        Q_EMIT minuteChanged();
    }
}
