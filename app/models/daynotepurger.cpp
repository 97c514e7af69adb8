// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/daynotepurger.h"

#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/daynoteservice.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcPurge, "akten.models.daynotes")
}

DayNotePurger::DayNotePurger(DayNoteService &service, const akten::core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &DayNotePurger::check);
}

DayNotePurger::~DayNotePurger() = default;

void DayNotePurger::start(int checkIntervalMs)
{
    m_timer.start(checkIntervalMs);
    check();
}

void DayNotePurger::check()
{
    const QDate today = akten::core::careDate(m_clock.nowMs());
    if (today == m_lastPurged) {
        return;
    }
    const auto deleted = m_service.purgeExpired();
    if (!deleted) {
        qCWarning(lcPurge) << "the day-note purge failed:" << deleted.error().message;
        return;
    }
    m_lastPurged = today;
    qCInfo(lcPurge) << "day-note purge:" << deleted.value() << "deleted";
    if (deleted.value() > 0) {
        Q_EMIT purged(deleted.value());
    }
}
