// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/dock/blebeaconscanner.h"

#include <QBluetoothDeviceDiscoveryAgent>
#include <QBluetoothDeviceInfo>
#include <QBluetoothUuid>

using namespace Qt::StringLiterals;

namespace akten::platform {

BleBeaconScanner::BleBeaconScanner(const QString &serviceUuid, int retryMs, QObject *parent)
    : BeaconScanner(parent)
    , m_serviceUuid(serviceUuid)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryMs);
    connect(&m_retry, &QTimer::timeout, this, &BleBeaconScanner::start);
}

BleBeaconScanner::~BleBeaconScanner() = default;

void BleBeaconScanner::start()
{
    const QBluetoothUuid wanted(m_serviceUuid);
    if (wanted.isNull()) {
        Q_EMIT failed(u"dock_beacon_uuid is not a UUID"_s);
        return;
    }
    if (!m_agent) {
        m_agent = new QBluetoothDeviceDiscoveryAgent(this);
        m_agent->setLowEnergyDiscoveryTimeout(0); // until stop(): every advertisement updates the RSSI
        connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceDiscovered, this, &BleBeaconScanner::onDevice);
        connect(m_agent, &QBluetoothDeviceDiscoveryAgent::deviceUpdated, this,
            [this](const QBluetoothDeviceInfo &info, QBluetoothDeviceInfo::Fields) { onDevice(info); });
        connect(m_agent, &QBluetoothDeviceDiscoveryAgent::errorOccurred, this, [this] {
            Q_EMIT failed(m_agent->errorString());
            m_retry.start();
        });
        connect(m_agent, &QBluetoothDeviceDiscoveryAgent::finished, this, [this] { m_retry.start(); });
    }
    if (!m_agent->isActive()) {
        m_agent->start(QBluetoothDeviceDiscoveryAgent::LowEnergyMethod);
    }
}

void BleBeaconScanner::stop()
{
    m_retry.stop();
    if (m_agent && m_agent->isActive()) {
        m_agent->stop();
    }
}

void BleBeaconScanner::onDevice(const QBluetoothDeviceInfo &info)
{
    if (info.serviceUuids().contains(QBluetoothUuid(m_serviceUuid))) {
        Q_EMIT beaconSeen(info.rssi());
    }
}

} // namespace akten::platform
