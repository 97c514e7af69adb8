// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

class DayNoteService;
namespace akten::core {
class Clock;
}

/**
 * Runs the day-note purge (DayNoteService::purgeExpired) when the app starts and then once every care day: it
 * looks every `checkIntervalMs` (an hour by default) whether the care date of the injected clock has moved on since
 * the last successful purge, so a changed device clock or a tablet that slept over midnight purges at once. A failed
 * purge is tried again at the next check. GUI thread.
 */
class DayNotePurger : public QObject
{
    Q_OBJECT

public:
    DayNotePurger(DayNoteService &service, const akten::core::Clock &clock, QObject *parent = nullptr);
    ~DayNotePurger() override;
    Q_DISABLE_COPY_MOVE(DayNotePurger)

    /** Purges now and starts the daily checks. */
    void start(int checkIntervalMs = 60 * 60 * 1000);
    /** Purges if the care day changed since the last purge (for unit testing, and the timer). */
    void check();

Q_SIGNALS:
    /** Notes were deleted: open lists read again. */
    void purged(int count);

private:
    DayNoteService &m_service;
    const akten::core::Clock &m_clock;
    QTimer m_timer;
    QDate m_lastPurged;
};
