// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "platform/dock/beacondock.h"

#include <QTimer>

class QBluetoothDeviceDiscoveryAgent;
class QBluetoothDeviceInfo;

namespace akten::platform {

/**
 * The dock's beacon over Qt Bluetooth: a continuous Low Energy scan (no connection, nothing paired) for any
 * advertisement that lists the dock's service UUID ([sync] dock_beacon_uuid), reporting its RSSI on every sighting.
 * Qt Bluetooth objects are created in start(), so a machine without an adapter can construct it; a failure (no
 * adapter, powered off) is reported and the scan retried every `retryMs`.
 */
class BleBeaconScanner final : public BeaconScanner
{
    Q_OBJECT
public:
    explicit BleBeaconScanner(const QString &serviceUuid, int retryMs = 60'000, QObject *parent = nullptr);
    ~BleBeaconScanner() override;
    void start() override;
    void stop() override;

private:
    void onDevice(const QBluetoothDeviceInfo &info);

    QString m_serviceUuid;
    QTimer m_retry;
    QBluetoothDeviceDiscoveryAgent *m_agent = nullptr; // child of this
};

} // namespace akten::platform
