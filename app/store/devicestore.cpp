// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/devicestore.h"

#include "app/core/ids.h"
#include "app/store/bulkload.h"
#include "app/store/closedcaseguard.h"
#include "app/store/keyprovider.h"
#include "app/store/migrator.h"
#include "app/store/privatedirectory.h"
#include "app/store/statement.h"
#include "app/store/storelogging.h"
#include "app/store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

Result<QByteArray> readSmallFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.exists()) {
        return Error { ErrorCode::Io, u"%1 not found: %2"_s.arg(what, path) };
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::Io, u"cannot read %1: %2"_s.arg(what, path) };
    }
    return file.read(64 * 1024);
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error { ErrorCode::Io, u"cannot write %1"_s.arg(path) };
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

/** The newest HLC this device issued, so stamps keep increasing across restarts and clock jumps. */
core::HlcStamp lastLocalStamp(Database &db, const QString &deviceId)
{
    auto statement = db.prepare(u"SELECT max(hlc) FROM audit_events WHERE device_id = ?"_s);
    if (!statement) {
        return {};
    }
    statement.value().bind(1, deviceId);
    auto row = statement.value().step();
    if (!row || !row.value() || statement.value().isNull(0)) {
        return {};
    }
    return core::HlcStamp::fromString(statement.value().text(0)).value_or(core::HlcStamp {});
}

/** Closes a first download's bulk load left open (bulkload.h), so nothing works on a store without its indexes. */
Status finishOpenLoad(Database &db)
{
    BulkLoad load(db);
    const auto open = load.open();
    if (!open || !open.value()) {
        return open ? Status {} : Status { open.error() };
    }
    qCWarning(lcStore) << "a first download was cut short: building the indexes it deferred";
    Transaction tx(db);
    if (auto started = tx.start(); !started) {
        return started;
    }
    if (auto finished = load.finish(); !finished) {
        return finished;
    }
    return tx.commit();
}

/**
 * Brings the schema up to date and records the device id inside the store, where the sync triggers read it to queue
 * only this device's own records. A store whose recorded id differs from the id file was copied or tampered with.
 */
Status migrateAndRecordDevice(Database &db, const QString &deviceId)
{
    if (auto migrated = Migrator::bundled().migrate(db); !migrated) {
        return migrated.error();
    }
    if (auto guarded = installClosedCaseGuards(db); !guarded) { // derived from the schema just migrated
        return guarded;
    }
    if (auto loaded = finishOpenLoad(db); !loaded) { // a first download cut short: its indexes are built now
        return loaded;
    }
    auto insert = db.prepare(u"INSERT OR IGNORE INTO device_state (key, value) VALUES ('device_id', ?)"_s);
    if (!insert) {
        return insert.error();
    }
    if (auto done = insert.value().bind(1, deviceId).step(); !done) {
        return done.error();
    }
    auto check = db.prepare(u"SELECT value FROM device_state WHERE key = 'device_id'"_s);
    if (!check) {
        return check.error();
    }
    auto row = check.value().step();
    if (!row) {
        return row.error();
    }
    if (!row.value() || check.value().text(0) != deviceId) {
        return Error { ErrorCode::Integrity, u"the store belongs to another device than its device id file"_s };
    }
    return {};
}

} // namespace

DeviceStore::DeviceStore(Database db, QString dataDir, QString deviceId, const core::Clock &clock)
    : m_db(std::move(db))
    , m_dataDir(std::move(dataDir))
    , m_deviceId(std::move(deviceId))
    , m_stamper(std::make_unique<core::RecordStamper>(clock, m_deviceId))
{
    m_stamper->hlc().restore(lastLocalStamp(m_db, m_deviceId));
}

DeviceStore::DeviceStore(DeviceStore &&) noexcept = default;
DeviceStore &DeviceStore::operator=(DeviceStore &&) noexcept = default;
DeviceStore::~DeviceStore() = default;

QString DeviceStore::databasePath(const QString &dataDir)
{
    return dataDir + u"/akten.db"_s;
}

QString DeviceStore::wrappedKeyPath(const QString &dataDir)
{
    return dataDir + u"/datakey.wrapped"_s;
}

QString DeviceStore::deviceIdPath(const QString &dataDir)
{
    return dataDir + u"/device.id"_s;
}

Result<DeviceStore> DeviceStore::create(const QString &dataDir, KeyProvider &keys, const core::Clock &clock)
{
    const QString dbPath = databasePath(dataDir);
    if (QFileInfo::exists(dbPath) || QFileInfo::exists(wrappedKeyPath(dataDir))) {
        return Error { ErrorCode::InvalidInput, u"a store already exists in %1"_s.arg(dataDir) };
    }
    auto madeDirs = makePrivateDirectory(dataDir);
    if (!madeDirs) {
        return madeDirs.error();
    }
    // Remove exactly what this call created if a later step fails.
    auto cleanup = [&](Error error) -> Result<DeviceStore> {
        for (const QString &path : QStringList {
                 dbPath, dbPath + u"-wal"_s, dbPath + u"-shm"_s, wrappedKeyPath(dataDir), deviceIdPath(dataDir) }) {
            QFile::remove(path);
        }
        removeEmptyDirectories(madeDirs.value());
        return error;
    };

    const SecretBytes dataKey = SecretBytes::random(32);
    auto wrapped = keys.wrap(dataKey);
    if (!wrapped) {
        return cleanup(wrapped.error());
    }
    if (auto written = writeFileAtomically(wrappedKeyPath(dataDir), wrapped.value()); !written) {
        return cleanup(written.error());
    }
    core::IdGenerator ids(clock);
    const QString deviceId = core::idToString(ids.next());
    if (auto written = writeFileAtomically(deviceIdPath(dataDir), deviceId.toUtf8() + '\n'); !written) {
        return cleanup(written.error());
    }
    auto db = Database::openEncrypted(dbPath, dataKey, Database::Mode::CreateIfMissing);
    if (!db) {
        return cleanup(db.error());
    }
    QFile::setPermissions(dbPath, QFile::ReadOwner | QFile::WriteOwner);
    if (auto migrated = migrateAndRecordDevice(db.value(), deviceId); !migrated) {
        return cleanup(migrated.error());
    }
    qCInfo(lcStore) << "created device store";
    return DeviceStore(std::move(db).value(), dataDir, deviceId, clock);
}

Result<DeviceStore> DeviceStore::open(const QString &dataDir, KeyProvider &keys, const core::Clock &clock)
{
    if (!QFileInfo(dataDir).isDir()) {
        return Error { ErrorCode::Io, u"data directory not found: %1"_s.arg(dataDir) };
    }
    if (!QFileInfo::exists(databasePath(dataDir))) {
        return Error { ErrorCode::Io, u"no store in %1 (create one with aktenctl init)"_s.arg(dataDir) };
    }
    auto wrapped = readSmallFile(wrappedKeyPath(dataDir), u"wrapped data key"_s);
    if (!wrapped) {
        return wrapped.error();
    }
    auto deviceIdBytes = readSmallFile(deviceIdPath(dataDir), u"device id file"_s);
    if (!deviceIdBytes) {
        return deviceIdBytes.error();
    }
    const QString deviceId = QString::fromUtf8(deviceIdBytes.value()).trimmed();
    if (core::idFromString(deviceId).isNull()) {
        return Error { ErrorCode::Integrity, u"device id file %1 is malformed"_s.arg(deviceIdPath(dataDir)) };
    }
    auto dataKey = keys.unwrap(wrapped.value());
    if (!dataKey) {
        return dataKey.error();
    }
    auto db = Database::openEncrypted(databasePath(dataDir), dataKey.value(), Database::Mode::OpenExisting);
    if (!db) {
        return db.error();
    }
    if (auto migrated = migrateAndRecordDevice(db.value(), deviceId); !migrated) {
        return migrated.error();
    }
    return DeviceStore(std::move(db).value(), dataDir, deviceId, clock);
}

} // namespace akten::store
