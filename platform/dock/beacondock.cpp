// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/dock/beacondock.h"

#include <QLoggingCategory>

namespace {
Q_LOGGING_CATEGORY(lcBeacon, "akten.sync.beacon")
}

namespace akten::platform {

BeaconDock::BeaconDock(DockSignal &power, BeaconScanner &scanner, int minRssi, int holdMs, QObject *parent)
    : DockSignal(parent)
    , m_power(power)
    , m_scanner(scanner)
    , m_minRssi(minRssi)
{
    m_hold.setSingleShot(true);
    m_hold.setInterval(holdMs);
    connect(&m_hold, &QTimer::timeout, this, &BeaconDock::update);
    connect(&m_power, &DockSignal::dockedChanged, this, &BeaconDock::onPower);
    connect(&m_scanner, &BeaconScanner::beaconSeen, this, &BeaconDock::onSeen);
    connect(&m_scanner, &BeaconScanner::failed, this,
        [](const QString &reason) { qCWarning(lcBeacon).noquote() << "dock beacon scan failed:" << reason; });
    if (m_power.docked()) {
        m_scanner.start();
    }
}

void BeaconDock::onPower(bool online)
{
    if (online) {
        m_scanner.start();
    } else {
        m_scanner.stop();
        m_hold.stop();
    }
    update();
}

void BeaconDock::onSeen(int rssi)
{
    if (rssi == 0 || rssi < m_minRssi) {
        return; // too far (another dock's room), or of unknown strength
    }
    m_hold.start();
    update();
}

void BeaconDock::update()
{
    const bool now = m_power.docked() && m_hold.isActive();
    if (now != m_docked) {
        m_docked = now;
        qCInfo(lcBeacon) << (now ? "dock beacon near and on power" : "dock beacon gone or off power");
        Q_EMIT dockedChanged(now);
    }
}

} // namespace akten::platform
