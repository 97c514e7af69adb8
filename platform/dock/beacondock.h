// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "platform/dock/docksignal.h"

#include <QTimer>

namespace akten::platform {

/** Listens for the dock's Bluetooth LE beacon; started only while it is needed (it costs battery). */
class BeaconScanner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;
    virtual void stop() = 0;

Q_SIGNALS:
    /** The dock's beacon was heard, at this signal strength (dBm; 0 = the adapter did not say). */
    void beaconSeen(int rssi);
    /** Scanning failed (no adapter, powered off); English, for the log. The scanner tries again by itself. */
    void failed(const QString &reason);
};

/**
 * Docked = on external power (the power-supply dock) and the dock's beacon heard within the last `holdMs` at least
 * as strong as `minRssi`: a tablet charging from a wall socket in a resident's room is not in its dock. The scanner
 * runs only while on power. The beacon only says where the tablet is: a sync still needs the central store's mutual
 * TLS, so a forged beacon can at most start a sync attempt.
 */
class BeaconDock final : public DockSignal
{
    Q_OBJECT
public:
    BeaconDock(
        DockSignal &power, BeaconScanner &scanner, int minRssi = -75, int holdMs = 60'000, QObject *parent = nullptr);
    [[nodiscard]] bool docked() const override { return m_docked; }

private:
    void onPower(bool online);
    void onSeen(int rssi);
    void update();

    DockSignal &m_power;
    BeaconScanner &m_scanner;
    int m_minRssi;
    QTimer m_hold; ///< running while the beacon counts as near
    bool m_docked = false;
};

} // namespace akten::platform
