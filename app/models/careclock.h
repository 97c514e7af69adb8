// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace akten::core {
class Clock;
}

/**
 * The time of day as the care unit reads it (Europe/Stockholm, core::careTimeZone), whatever the device's own time
 * zone is: the clock in the top bar and "now" for the screens, from the injected wall clock. `minuteChanged` is
 * emitted when the minute turns (checked every second, so a changed device clock shows at once). GUI thread.
 */
class CareClock : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString timeText READ timeText NOTIFY minuteChanged)

public:
    explicit CareClock(const akten::core::Clock &clock, QObject *parent = nullptr);
    ~CareClock() override;
    Q_DISABLE_COPY_MOVE(CareClock)

    [[nodiscard]] qint64 nowMs() const;
    [[nodiscard]] QDate today() const;
    /** "21:45" in the care time zone. */
    [[nodiscard]] QString timeText() const { return m_timeText; }

Q_SIGNALS:
    void minuteChanged();

private:
    void check();

    const akten::core::Clock &m_clock;
    QTimer m_timer;
    QString m_timeText;
};
