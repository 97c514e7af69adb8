// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/sqliteledger.h"

#include "app/store/keyprovider.h"
#include "app/store/migrator.h"
#include "app/store/secretbytes.h"
#include "app/store/statement.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

static void initCentralMigrations()
{
    Q_INIT_RESOURCE(central_migrations); // the resource lives in a static library
}

namespace akten::sync {
namespace {

Result<store::SecretBytes> loadOrCreateDataKey(const QString &wrappedPath, bool fresh, store::KeyProvider &keys)
{
    if (fresh) {
        auto dataKey = store::SecretBytes::random(32);
        auto wrapped = keys.wrap(dataKey);
        if (!wrapped) {
            return wrapped.error();
        }
        QSaveFile file(wrappedPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(wrapped.value()) != wrapped.value().size()
            || !file.commit()) {
            return Error { ErrorCode::Io, u"cannot write %1"_s.arg(wrappedPath) };
        }
        QFile::setPermissions(wrappedPath, QFile::ReadOwner | QFile::WriteOwner);
        return dataKey;
    }
    QFile file(wrappedPath);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::Io, u"cannot read %1"_s.arg(wrappedPath) };
    }
    return keys.unwrap(file.read(4096));
}

} // namespace

SqliteLedger::SqliteLedger(store::Database db)
    : m_db(std::move(db))
    , m_inode(fileInode(m_db.path()))
{ }

Result<std::unique_ptr<SqliteLedger>> SqliteLedger::open(const QString &dir, store::KeyProvider &keys)
{
    initCentralMigrations();
    if (!QDir().mkpath(dir)) {
        return Error { ErrorCode::Io, u"cannot create %1"_s.arg(dir) };
    }
    const QString wrappedPath = dir + u"/datakey.wrapped"_s;
    const bool fresh = !QFile::exists(wrappedPath);
    if (auto prepared = keys.prepare(fresh); !prepared) {
        return prepared.error();
    }
    auto dataKey = loadOrCreateDataKey(wrappedPath, fresh, keys);
    if (!dataKey) {
        return dataKey.error();
    }
    const QString dbPath = dir + u"/central.db"_s;
    auto db = store::Database::openEncrypted(
        dbPath, dataKey.value(), fresh ? store::Database::Mode::CreateIfMissing : store::Database::Mode::OpenExisting);
    if (!db) {
        return db.error();
    }
    QFile::setPermissions(dbPath, QFile::ReadOwner | QFile::WriteOwner);
    if (auto migrated = store::Migrator::fromResources(u":/akten/central/migrations"_s).migrate(db.value());
        !migrated) {
        return migrated.error();
    }
    return std::unique_ptr<SqliteLedger>(new SqliteLedger(std::move(db).value()));
}

void SqliteLedger::bindAll(store::Statement &statement, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull()) {
            statement.bindNull(i + 1);
        } else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            statement.bind(i + 1, value.toLongLong());
        } else {
            statement.bind(i + 1, value.toString());
        }
    }
}

Result<int> SqliteLedger::run(const QString &sql, const QVariantList &values)
{
    auto statement = m_db.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    bindAll(statement.value(), values);
    if (auto done = statement.value().run(); !done) {
        return done.error();
    }
    return m_db.changes();
}

Result<std::optional<QVariant>> SqliteLedger::scalar(const QString &sql, const QVariantList &values)
{
    auto statement = m_db.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    bindAll(statement.value(), values);
    auto row = statement.value().step();
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<QVariant> {};
    }
    if (statement.value().type(0) == store::Statement::Type::Integer) {
        return std::optional<QVariant> { QVariant(statement.value().int64(0)) };
    }
    return std::optional<QVariant> { QVariant(statement.value().text(0)) };
}

Status SqliteLedger::begin()
{
    return m_db.exec(u"BEGIN IMMEDIATE"_s);
}

Status SqliteLedger::commit()
{
    return m_db.exec(u"COMMIT"_s);
}

void SqliteLedger::rollback()
{
    (void)m_db.exec(u"ROLLBACK"_s);
}

Result<CentralLedger::Device> SqliteLedger::device(const QString &deviceId)
{
    auto revoked = scalar(u"SELECT revoked FROM devices WHERE device_id = ?"_s, { deviceId });
    if (!revoked) {
        return revoked.error();
    }
    Device device;
    if (!revoked.value()) {
        return device;
    }
    device.known = true;
    device.revoked = revoked.value()->toLongLong() != 0;
    auto units = m_db.prepare(u"SELECT unit_id FROM device_units WHERE device_id = ? ORDER BY unit_id"_s);
    if (!units) {
        return units.error();
    }
    units.value().bind(1, deviceId);
    while (true) {
        auto row = units.value().step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return device;
        }
        device.unitIds << units.value().text(0);
    }
}

Status SqliteLedger::setDeviceUnits(const QString &deviceId, const QList<QString> &unitIds)
{
    if (auto added = run(u"INSERT INTO devices (device_id) VALUES (?) ON CONFLICT DO NOTHING"_s, { deviceId });
        !added) {
        return added.error();
    }
    if (auto cleared = run(u"DELETE FROM device_units WHERE device_id = ?"_s, { deviceId }); !cleared) {
        return cleared.error();
    }
    for (const QString &unit : unitIds) {
        if (auto added = run(u"INSERT INTO device_units (device_id, unit_id) VALUES (?, ?)"_s, { deviceId, unit });
            !added) {
            return added.error();
        }
    }
    return {};
}

Result<bool> SqliteLedger::markRevoked(const QString &deviceId)
{
    auto changed = run(u"UPDATE devices SET revoked = 1 WHERE device_id = ?"_s, { deviceId });
    if (!changed) {
        return changed.error();
    }
    return changed.value() == 1;
}

Status SqliteLedger::addEnrolmentCode(const QString &codeHash, const QList<QString> &unitIds, qint64 expiresMs)
{
    auto added = run(u"INSERT INTO enrolment_codes (code_hash, unit_ids, expires_ms) VALUES (?, ?, ?)"_s,
        { codeHash, QStringList(unitIds).join(u','), expiresMs });
    return added ? Status {} : Status { added.error() };
}

Result<std::optional<QList<QString>>> SqliteLedger::redeemEnrolmentCode(
    const QString &codeHash, const QString &deviceId, qint64 nowMs)
{
    auto units = scalar(u"UPDATE enrolment_codes SET used_by = ? WHERE code_hash = ? AND used_by IS NULL "
                        "AND expires_ms > ? RETURNING unit_ids"_s,
        { deviceId, codeHash, nowMs });
    if (!units) {
        return units.error();
    }
    if (!units.value()) {
        return std::optional<QList<QString>> {};
    }
    return std::optional<QList<QString>> { units.value()->toString().split(u',', Qt::SkipEmptyParts) };
}

Result<qint64> SqliteLedger::lockProgress(const QString &deviceId)
{
    // BEGIN IMMEDIATE already holds the only write lock of the file.
    auto acked = scalar(u"SELECT acked_through FROM devices WHERE device_id = ?"_s, { deviceId });
    if (!acked) {
        return acked.error();
    }
    if (!acked.value()) {
        return Error { ErrorCode::NotFound, u"no such device"_s };
    }
    return acked.value()->toLongLong();
}

Status SqliteLedger::saveProgress(const QString &deviceId, qint64 ackedThrough)
{
    auto saved = run(u"UPDATE devices SET acked_through = ? WHERE device_id = ?"_s, { ackedThrough, deviceId });
    return saved ? Status {} : Status { saved.error() };
}

Status SqliteLedger::markCaughtUp(const QString &deviceId, qint64 serverMs)
{
    auto saved
        = run(u"UPDATE devices SET caught_up_ms = max(caught_up_ms, ?) WHERE device_id = ?"_s, { serverMs, deviceId });
    return saved ? Status {} : Status { saved.error() };
}

Result<QList<PeerDevice>> SqliteLedger::peers(const QString &deviceId, const QList<QString> &unitIds)
{
    QStringList marks;
    marks.fill(u"?"_s, unitIds.size());
    auto query = m_db.prepare(u"SELECT d.device_id, u.unit_id, d.caught_up_ms FROM devices d "
                              "JOIN device_units u ON u.device_id = d.device_id "
                              "WHERE d.revoked = 0 AND d.device_id <> ? AND u.unit_id IN (%1) "
                              "ORDER BY d.device_id, u.unit_id"_s.arg(marks.join(u", "_s)));
    if (!query) {
        return query.error();
    }
    QVariantList values { deviceId };
    for (const QString &unit : unitIds) {
        values << unit;
    }
    bindAll(query.value(), values);
    QList<PeerDevice> peers;
    if (auto read = store::eachRow(query.value(),
            [&](const store::Statement &row) {
                if (peers.isEmpty() || peers.constLast().deviceId != row.text(0)) {
                    peers.append({ row.text(0), {}, row.int64(2) });
                }
                peers.last().unitIds << row.text(1);
            });
        !read) {
        return read.error();
    }
    return peers;
}

Result<CentralLedger::AuditHead> SqliteLedger::auditHead(const QString &deviceId)
{
    auto statement = m_db.prepare(u"SELECT seq, hash FROM audit_heads WHERE device_id = ?"_s);
    if (!statement) {
        return statement.error();
    }
    statement.value().bind(1, deviceId);
    auto row = statement.value().step();
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return AuditHead {};
    }
    return AuditHead { statement.value().int64(0), statement.value().text(1) };
}

Status SqliteLedger::setAuditHead(const QString &deviceId, const AuditHead &head)
{
    auto set = run(u"INSERT INTO audit_heads (device_id, seq, hash) VALUES (?, ?, ?) "
                   "ON CONFLICT (device_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"_s,
        { deviceId, head.seq, head.hashB64 });
    return set ? Status {} : Status { set.error() };
}

Result<std::optional<QString>> SqliteLedger::storedBody(Shelf shelf, const QString &deviceId, qint64 deviceSeq)
{
    const QString table = shelf == Shelf::Records ? u"records"_s : u"rejected"_s;
    auto body
        = scalar(u"SELECT body FROM %1 WHERE device_id = ? AND device_seq = ?"_s.arg(table), { deviceId, deviceSeq });
    if (!body) {
        return body.error();
    }
    return body.value() ? std::optional<QString> { body.value()->toString() } : std::nullopt;
}

Result<bool> SqliteLedger::holds(const QString &kind, const QString &key, const QString &unitId)
{
    auto found = scalar(u"SELECT 1 FROM records WHERE kind = ?1 AND record_key = ?2 AND (?3 = '' OR unit_id = ?3)"_s,
        { kind, key, unitId });
    if (!found) {
        return found.error();
    }
    return found.value().has_value();
}

Status SqliteLedger::keepRejected(const QList<Refusal> &refusals)
{
    for (const auto &[record, reason] : refusals) {
        auto kept = run(u"INSERT INTO rejected (device_id, device_seq, kind, record_key, reason, body, received_ms) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            { record.deviceId, record.deviceSeq, record.kind, record.key, reason, record.body, record.receivedMs });
        if (!kept) {
            return kept.error();
        }
    }
    return {};
}

Result<QList<CentralLedger::PurgedNote>> SqliteLedger::purgeDayNotes(qint64 cutoffMs)
{
    constexpr auto expired = "FROM records WHERE kind = 'day_note' AND json_extract(body, '$.row.wall_ms') < ?";
    auto query = m_db.prepare(u"SELECT record_key, unit_id, device_id, json_extract(body, '$.row.wall_ms') %1 "
                              "ORDER BY position"_s.arg(QLatin1String(expired)));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, cutoffMs);
    QList<PurgedNote> purged;
    if (auto read = store::eachRow(query.value(),
            [&](const store::Statement &row) {
                purged.append({ row.text(0), row.text(1), row.text(2), row.int64(3) });
            });
        !read) {
        return read.error();
    }
    if (purged.isEmpty()) {
        return purged;
    }
    // The trigger records_no_delete lets day notes older than this mark go, while it is set (0005_day_notes.sql).
    for (const auto &sql : { u"INSERT INTO day_note_purge (before_ms) VALUES (?)"_s,
             u"DELETE %1"_s.arg(QLatin1String(expired)), u"DELETE FROM day_note_purge WHERE before_ms = ?"_s }) {
        if (auto done = run(sql, { cutoffMs }); !done) {
            return done.error();
        }
    }
    return purged;
}

Result<QList<ItemResult>> SqliteLedger::rejectedFor(const QString &deviceId)
{
    auto query = m_db.prepare(u"SELECT device_seq, reason FROM rejected WHERE device_id = ? ORDER BY device_seq"_s);
    if (!query) {
        return query.error();
    }
    query.value().bind(1, deviceId);
    QList<ItemResult> results;
    if (auto read = store::eachRow(query.value(),
            [&](const store::Statement &row) {
                results.append({ row.int64(0), ItemStatus::Rejected, row.text(1) });
            });
        !read) {
        return read.error();
    }
    return results;
}

} // namespace akten::sync
