// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "platform/dock/docksignal.h"

#include <QString>
#include <QTimer>

namespace akten::platform {

/**
 * Docked = on external power, read from Linux's power supply class (`/sys/class/power_supply/<name>/{type,online}`):
 * any supply of type Mains or USB that is online. A machine with no such supply at all (a wall kiosk or a desktop on
 * fixed power) counts as docked. Polled (sysfs does not notify), every `pollMs`; `root` is for tests.
 */
class PowerSupplyDock final : public DockSignal
{
    Q_OBJECT
public:
    explicit PowerSupplyDock(
        QString root = QStringLiteral("/sys/class/power_supply"), int pollMs = 5000, QObject *parent = nullptr);
    [[nodiscard]] bool docked() const override { return m_docked; }

private:
    [[nodiscard]] bool readDocked() const;
    void poll();

    QString m_root;
    QTimer m_timer;
    bool m_docked = false;
};

} // namespace akten::platform
