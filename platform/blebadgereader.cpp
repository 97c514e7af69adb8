// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/blebadgereader.h"

#include <QBluetoothAddress>
#include <QBluetoothDeviceInfo>
#include <QBluetoothLocalDevice>
#include <QBluetoothUuid>
#include <QLowEnergyController>
#include <QLowEnergyService>
#include <QMetaEnum>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::platform {

namespace {
const QBluetoothUuid kCccd(QBluetoothUuid::DescriptorType::ClientCharacteristicConfiguration);

bool isHexText(const QByteArray &bytes)
{
    return !bytes.isEmpty() && std::all_of(bytes.begin(), bytes.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == ':' || c == '-'
            || c == ' ';
    });
}
} // namespace

BleBadgeReader::BleBadgeReader(
    const QString &deviceAddress, const QString &serviceUuid, const QString &characteristicUuid, QObject *parent)
    : BadgeReader(parent)
    , m_address(deviceAddress)
    , m_serviceUuid(serviceUuid)
    , m_characteristicUuid(characteristicUuid)
{
    m_reconnect.setSingleShot(true);
    m_reconnect.setInterval(std::chrono::seconds(5));
    connect(&m_reconnect, &QTimer::timeout, this, &BleBadgeReader::connectToReader);
}

BleBadgeReader::~BleBadgeReader()
{
    m_running = false;
    m_reconnect.stop();
    teardown();
}

void BleBadgeReader::start()
{
    if (!m_running) {
        m_running = true;
        connectToReader();
    }
}

void BleBadgeReader::stop()
{
    m_running = false;
    m_reconnect.stop();
    teardown();
    setState(ReaderState::Stopped);
}

QString BleBadgeReader::decodeBlePayload(const QByteArray &payload)
{
    QByteArray text = payload;
    bool terminated = false;
    while (text.endsWith('\n') || text.endsWith('\r')) {
        text.chop(1);
        terminated = true;
    }
    if (isHexText(text)) {
        const QString uid = normaliseUidHex(QString::fromLatin1(text));
        if (!uid.isEmpty() || terminated) {
            return uid; // a line of text is never read as raw bytes
        }
    }
    if (payload.size() >= 4 && payload.size() <= 10) {
        return QString::fromLatin1(payload.toHex().toUpper());
    }
    return {};
}

void BleBadgeReader::connectToReader()
{
    teardown();
    if (!m_running) {
        return;
    }
    const QBluetoothAddress address(m_address);
    if (address.isNull() || QBluetoothUuid(m_serviceUuid).isNull() || QBluetoothUuid(m_characteristicUuid).isNull()) {
        m_running = false; // retrying cannot help
        setState(ReaderState::Disconnected, u"BLE reader configuration is invalid (address or UUIDs)"_s);
        return;
    }
    setState(ReaderState::Connecting, u"connecting to BLE reader "_s + m_address);
    if (!m_adapter) {
        m_adapter = std::make_unique<QBluetoothLocalDevice>();
    }
    if (!m_adapter->isValid()) {
        fail(u"no Bluetooth adapter"_s);
        return;
    }
    // Only a bonded reader gets an encrypted link; an unpaired one could be anybody's transmitter.
    const QBluetoothLocalDevice::Pairing pairing = m_adapter->pairingStatus(address);
    if (pairing != QBluetoothLocalDevice::Paired && pairing != QBluetoothLocalDevice::AuthorizedPaired) {
        fail(u"BLE reader is not paired; pair (bond) it first, an encrypted link is required"_s);
        return;
    }
    QBluetoothDeviceInfo info(address, QString(), 0);
    info.setCoreConfigurations(QBluetoothDeviceInfo::LowEnergyCoreConfiguration);
    m_controller = QLowEnergyController::createCentral(info, m_adapter->address(), this);
    connect(m_controller, &QLowEnergyController::connected, this, [this] { m_controller->discoverServices(); });
    connect(m_controller, &QLowEnergyController::discoveryFinished, this, &BleBadgeReader::openService);
    connect(m_controller, &QLowEnergyController::disconnected, this, [this] { fail(u"BLE reader disconnected"_s); });
    connect(m_controller, &QLowEnergyController::errorOccurred, this,
        [this](QLowEnergyController::Error) { fail(u"BLE connection failed: "_s + m_controller->errorString()); });
    m_controller->connectToDevice();
}

void BleBadgeReader::openService()
{
    m_service = m_controller->createServiceObject(QBluetoothUuid(m_serviceUuid), this);
    if (!m_service) {
        fail(u"BLE reader does not offer the badge service"_s);
        return;
    }
    connect(m_service, &QLowEnergyService::stateChanged, this, [this](QLowEnergyService::ServiceState state) {
        if (state == QLowEnergyService::RemoteServiceDiscovered) {
            subscribe();
        }
    });
    connect(m_service, &QLowEnergyService::characteristicChanged, this,
        [this](const QLowEnergyCharacteristic &characteristic, const QByteArray &value) {
            if (characteristic.uuid() == QBluetoothUuid(m_characteristicUuid)) {
                if (const QString uid = decodeBlePayload(value); !uid.isEmpty()) {
                    Q_EMIT badgePresented(BadgeTap { uid, u"ble"_s });
                }
            }
        });
    connect(m_service, &QLowEnergyService::descriptorWritten, this,
        [this](const QLowEnergyDescriptor &descriptor, const QByteArray &value) {
            if (descriptor.uuid() == kCccd && value == QLowEnergyCharacteristic::CCCDEnableNotification) {
                setState(ReaderState::Ready, u"BLE reader subscribed"_s);
            }
        });
    connect(m_service, &QLowEnergyService::errorOccurred, this, [this](QLowEnergyService::ServiceError error) {
        if (error == QLowEnergyService::CharacteristicWriteError || error == QLowEnergyService::DescriptorWriteError) {
            fail(u"BLE reader refused the subscription: insufficient authentication or encryption "
                 "(is it still bonded?)"_s);
        } else {
            fail(u"BLE service error: "_s
                + QLatin1StringView(QMetaEnum::fromType<QLowEnergyService::ServiceError>().valueToKey(error)));
        }
    });
    m_service->discoverDetails();
}

void BleBadgeReader::subscribe()
{
    const QLowEnergyCharacteristic characteristic = m_service->characteristic(QBluetoothUuid(m_characteristicUuid));
    if (!characteristic.isValid() || !(characteristic.properties() & QLowEnergyCharacteristic::Notify)) {
        fail(u"BLE reader has no notifying badge characteristic"_s);
        return;
    }
    const QLowEnergyDescriptor cccd = characteristic.descriptor(kCccd);
    if (!cccd.isValid()) {
        fail(u"badge characteristic has no client configuration descriptor"_s);
        return;
    }
    m_service->writeDescriptor(cccd, QLowEnergyCharacteristic::CCCDEnableNotification);
}

void BleBadgeReader::fail(const QString &detail)
{
    teardown();
    setState(ReaderState::Disconnected, detail);
    if (m_running) {
        m_reconnect.start();
    }
}

void BleBadgeReader::teardown()
{
    // Disconnect first: disconnectFromDevice() and deletion emit signals that must not reach fail() again.
    if (m_service) {
        m_service->disconnect(this);
        m_service->deleteLater();
        m_service = nullptr;
    }
    if (m_controller) {
        m_controller->disconnect(this);
        m_controller->disconnectFromDevice();
        m_controller->deleteLater();
        m_controller = nullptr;
    }
}

} // namespace akten::platform
