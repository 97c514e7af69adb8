// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "platform/badgereader.h"

#include <QByteArray>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class QBluetoothLocalDevice;
class QLowEnergyController;
class QLowEnergyService;

namespace akten::platform {

/**
 * A badge reader that sends each badge as a GATT notification over Bluetooth Low Energy (Qt Bluetooth, asynchronous
 * throughout). Only a bonded reader is accepted, so the link is encrypted: an unpaired reader, or a reader that
 * refuses the subscription for lack of authentication, is reported Disconnected with the reason. A lost connection
 * is retried on a timer. Cannot see a badge being removed. Qt Bluetooth objects are only created in start(), so the
 * reader can be constructed on a machine without an adapter. Not thread-safe: use it from its own thread.
 */
class BleBadgeReader final : public BadgeReader
{
    Q_OBJECT

public:
    /** deviceAddress "AA:BB:CC:DD:EE:FF"; the UUIDs in the long form "0000xxxx-0000-1000-8000-00805f9b34fb". */
    BleBadgeReader(const QString &deviceAddress, const QString &serviceUuid, const QString &characteristicUuid,
        QObject *parent = nullptr);
    ~BleBadgeReader() override;
    Q_DISABLE_COPY_MOVE(BleBadgeReader)

    void start() override;
    void stop() override;

    /** Time between a failure and the next connection attempt (default 5 s). */
    void setReconnectInterval(std::chrono::milliseconds interval) { m_reconnect.setInterval(interval); }

    /**
     * The UID in a notification: either ASCII hex text (separators ':', '-', ' ' allowed, optionally ended by CR
     * and/or LF) or the raw UID bytes (4..10). Text wins when the value reads as a valid hex UID. Upper-case hex,
     * or empty if the value is neither.
     */
    [[nodiscard]] static QString decodeBlePayload(const QByteArray &payload);

private:
    void connectToReader();
    void openService();
    void subscribe();
    void fail(const QString &detail);
    void teardown();

    QString m_address;
    QString m_serviceUuid;
    QString m_characteristicUuid;
    std::unique_ptr<QBluetoothLocalDevice> m_adapter;
    QLowEnergyController *m_controller = nullptr; ///< child of this, replaced on every attempt
    QLowEnergyService *m_service = nullptr; ///< child of this
    QTimer m_reconnect;
    bool m_running = false;
};

} // namespace akten::platform
