// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"
#include "app/core/recordstamper.h"
#include "app/core/result.h"
#include "app/store/database.h"

#include <QString>

#include <memory>

namespace akten::store {

class KeyProvider;

/**
 * A device's data directory: DIR/akten.db (SQLCipher), DIR/datakey.wrapped (the data key wrapped by the device
 * key), DIR/device.id. create() makes a new store with a fresh random 256-bit key and fails if one exists; open()
 * unwraps the key, opens, verifies the cipher, and migrates. Neither leaves anything behind when it fails.
 * Owns the connection and the record stamper; one thread.
 */
class DeviceStore
{
public:
    [[nodiscard]] static Result<DeviceStore> create(
        const QString &dataDir, KeyProvider &keys, const core::Clock &clock);
    [[nodiscard]] static Result<DeviceStore> open(const QString &dataDir, KeyProvider &keys, const core::Clock &clock);

    DeviceStore(DeviceStore &&) noexcept;
    DeviceStore &operator=(DeviceStore &&) noexcept;
    ~DeviceStore();

    [[nodiscard]] Database &db() { return m_db; }
    [[nodiscard]] core::RecordStamper &stamper() { return *m_stamper; }
    [[nodiscard]] QString deviceId() const { return m_deviceId; }
    [[nodiscard]] QString dataDir() const { return m_dataDir; }

    [[nodiscard]] static QString databasePath(const QString &dataDir);
    [[nodiscard]] static QString wrappedKeyPath(const QString &dataDir);
    [[nodiscard]] static QString deviceIdPath(const QString &dataDir);

private:
    DeviceStore(Database db, QString dataDir, QString deviceId, const core::Clock &clock);
    Database m_db;
    QString m_dataDir;
    QString m_deviceId;
    std::unique_ptr<core::RecordStamper> m_stamper;
};

} // namespace akten::store
