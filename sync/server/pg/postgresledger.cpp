// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/pg/postgresledger.h"

#include "app/store/migrator.h"

#include <QScopeGuard>

using namespace Qt::StringLiterals;

static void initPostgresMigrations()
{
    Q_INIT_RESOURCE(central_pg_migrations); // the resource lives in a static library
}

namespace akten::sync {
namespace {

// pg_advisory_lock keys: one for migrations, one that orders appends to the log.
constexpr auto kMigrationLock = "7411001";
constexpr auto kAppendLock = "7411002";

QString number(qint64 value)
{
    return QString::number(value);
}

/** What a sealed body is bound to: the record it belongs to (a body moved to another row does not open). */
QString sealContext(const QString &kind, const QString &key)
{
    return kind + u'/' + key;
}

} // namespace

Result<BodyKeys::Sealed> PostgresLedger::seal(const QString &body, const QString &kind, const QString &key) const
{
    return m_bodyKeys->seal(body, sealContext(kind, key));
}

Result<QString> PostgresLedger::unseal(
    const pg::PgResult &result, int row, int bodyColumn, int keyColumn, const QString &kind, const QString &key)
{
    if (result.isNull(row, keyColumn)) {
        return result.text(row, bodyColumn); // stored before bodies were sealed
    }
    return m_bodyKeys->unseal(int(result.int64(row, keyColumn)), result.text(row, bodyColumn), sealContext(kind, key));
}

PostgresLedger::PostgresLedger(std::unique_ptr<pg::PgConnection> connection, std::unique_ptr<BodyKeys> bodyKeys)
    : m_pg(std::move(connection))
    , m_bodyKeys(std::move(bodyKeys))
{ }

Result<std::unique_ptr<PostgresLedger>> PostgresLedger::connect(
    const QString &conninfo, std::unique_ptr<BodyKeys> bodyKeys, const QByteArray &password)
{
    Q_ASSERT(bodyKeys);
    initPostgresMigrations();
    auto connection = pg::PgConnection::connect(conninfo, password);
    if (!connection) {
        return connection.error();
    }
    auto ledger
        = std::unique_ptr<PostgresLedger>(new PostgresLedger(std::move(connection).value(), std::move(bodyKeys)));
    if (auto migrated = ledger->migrate(); !migrated) {
        return migrated.error();
    }
    return ledger;
}

Status PostgresLedger::migrate()
{
    const auto migrations = store::Migrator::fromResources(u":/akten/central/pg/migrations"_s).migrations();
    if (auto locked = run(u"SELECT pg_advisory_lock(%1)"_s.arg(QLatin1String(kMigrationLock)), {}); !locked) {
        return locked;
    }
    const auto unlock
        = qScopeGuard([this] { (void)run(u"SELECT pg_advisory_unlock(%1)"_s.arg(QLatin1String(kMigrationLock)), {}); });
    if (auto created = m_pg->script(u"CREATE TABLE IF NOT EXISTS akten_schema (version INTEGER PRIMARY KEY, "
                                    "name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"_s);
        !created) {
        return created;
    }
    auto current = scalar(u"SELECT coalesce(max(version), 0) FROM akten_schema"_s, {});
    if (!current) {
        return current.error();
    }
    const int version = current.value().value_or(u"0"_s).toInt();
    const int latest = migrations.isEmpty() ? 0 : migrations.constLast().version;
    if (version > latest) {
        return Error { ErrorCode::SchemaTooNew,
            u"the PostgreSQL schema is version %1, newer than this akten-central (%2)"_s.arg(version).arg(latest) };
    }
    for (const auto &migration : migrations) {
        if (migration.version <= version) {
            continue;
        }
        const QString script
            = u"BEGIN;\n%1\nINSERT INTO akten_schema (version, name) VALUES (%2, '%3');\nCOMMIT;"_s.arg(
                migration.sql, QString::number(migration.version), migration.name);
        if (auto applied = m_pg->script(script); !applied) {
            (void)m_pg->script(u"ROLLBACK"_s);
            return applied;
        }
    }
    return {};
}

Status PostgresLedger::run(const QString &sql, const QStringList &params)
{
    auto done = m_pg->exec(sql, params);
    return done ? Status {} : Status { done.error() };
}

Result<std::optional<QString>> PostgresLedger::scalar(const QString &sql, const QStringList &params)
{
    auto result = m_pg->exec(sql, params);
    if (!result) {
        return result.error();
    }
    if (result.value().rows() == 0 || result.value().isNull(0, 0)) {
        return std::optional<QString> {};
    }
    return std::optional<QString> { result.value().text(0, 0) };
}

Status PostgresLedger::begin()
{
    // Between transactions: a connection lost since the last one (PostgreSQL restarted) is made again here.
    if (auto connected = m_pg->reconnectIfLost(); !connected) {
        return connected;
    }
    return m_pg->script(u"BEGIN ISOLATION LEVEL READ COMMITTED"_s);
}

Status PostgresLedger::commit()
{
    return m_pg->script(u"COMMIT"_s);
}

void PostgresLedger::rollback()
{
    (void)m_pg->script(u"ROLLBACK"_s);
}

Result<CentralLedger::Device> PostgresLedger::device(const QString &deviceId)
{
    auto result = m_pg->exec(u"SELECT d.revoked, u.unit_id FROM devices d LEFT JOIN device_units u "
                             "ON u.device_id = d.device_id WHERE d.device_id = $1 ORDER BY u.unit_id"_s,
        { deviceId });
    if (!result) {
        return result.error();
    }
    Device device;
    for (int row = 0; row < result.value().rows(); ++row) {
        device.known = true;
        device.revoked = result.value().text(row, 0) == "t"_L1;
        if (!result.value().isNull(row, 1)) {
            device.unitIds << result.value().text(row, 1);
        }
    }
    return device;
}

Status PostgresLedger::setDeviceUnits(const QString &deviceId, const QList<QString> &unitIds)
{
    if (auto added = run(u"INSERT INTO devices (device_id) VALUES ($1) ON CONFLICT DO NOTHING"_s, { deviceId });
        !added) {
        return added;
    }
    if (auto cleared = run(u"DELETE FROM device_units WHERE device_id = $1"_s, { deviceId }); !cleared) {
        return cleared;
    }
    for (const QString &unit : unitIds) {
        if (auto added = run(u"INSERT INTO device_units (device_id, unit_id) VALUES ($1, $2)"_s, { deviceId, unit });
            !added) {
            return added;
        }
    }
    return {};
}

Result<bool> PostgresLedger::markRevoked(const QString &deviceId)
{
    auto result = m_pg->exec(u"UPDATE devices SET revoked = true WHERE device_id = $1"_s, { deviceId });
    if (!result) {
        return result.error();
    }
    return result.value().affected() == 1;
}

Status PostgresLedger::addEnrolmentCode(const QString &codeHash, const QList<QString> &unitIds, qint64 expiresMs)
{
    return run(u"INSERT INTO enrolment_codes (code_hash, unit_ids, expires_ms) VALUES ($1, $2, $3)"_s,
        { codeHash, QStringList(unitIds).join(u','), number(expiresMs) });
}

Result<std::optional<QList<QString>>> PostgresLedger::redeemEnrolmentCode(
    const QString &codeHash, const QString &deviceId, qint64 nowMs)
{
    auto units = scalar(u"UPDATE enrolment_codes SET used_by = $1 WHERE code_hash = $2 AND used_by IS NULL "
                        "AND expires_ms > $3 RETURNING unit_ids"_s,
        { deviceId, codeHash, number(nowMs) });
    if (!units) {
        return units.error();
    }
    if (!units.value()) {
        return std::optional<QList<QString>> {};
    }
    return std::optional<QList<QString>> { units.value()->split(u',', Qt::SkipEmptyParts) };
}

Status PostgresLedger::replaceRights(const RightsSnapshot &rights)
{
    if (auto cleared = m_pg->script(u"DELETE FROM staff_units; DELETE FROM residents; DELETE FROM staff"_s); !cleared) {
        return cleared;
    }
    for (const core::Id &unit : rights.units) {
        if (auto added
            = run(u"INSERT INTO units (id) VALUES ($1) ON CONFLICT DO NOTHING"_s, { core::idToString(unit) });
            !added) {
            return added;
        }
    }
    for (const auto &staff : rights.staff) {
        const QString id = core::idToString(staff.id);
        if (auto added
            = run(u"INSERT INTO staff (id, active) VALUES ($1, $2)"_s, { id, staff.active ? u"true"_s : u"false"_s });
            !added) {
            return added;
        }
        for (const core::Id &unit : staff.unitIds) {
            if (auto added
                = run(u"INSERT INTO staff_units (staff_id, unit_id) VALUES ($1, $2)"_s, { id, core::idToString(unit) });
                !added) {
                return added;
            }
        }
    }
    for (const auto &resident : rights.residents) {
        if (auto added = run(u"INSERT INTO residents (id, unit_id) VALUES ($1, $2)"_s,
                { core::idToString(resident.id), core::idToString(resident.unitId) });
            !added) {
            return added;
        }
    }
    return {};
}

Result<QHash<QString, QString>> PostgresLedger::residentUnits(const QList<QString> &residentIds)
{
    auto result = m_pg->exec(u"SELECT id, unit_id FROM residents WHERE id = ANY ($1::text[])"_s,
        { pg::PgConnection::textArray(residentIds) });
    if (!result) {
        return result.error();
    }
    QHash<QString, QString> units;
    for (int row = 0; row < result.value().rows(); ++row) {
        units.insert(result.value().text(row, 0), result.value().text(row, 1));
    }
    return units;
}

Result<QSet<QString>> PostgresLedger::pairs(const QString &sql, const QStringList &params)
{
    auto result = m_pg->exec(sql, params);
    if (!result) {
        return result.error();
    }
    QSet<QString> found;
    for (int row = 0; row < result.value().rows(); ++row) {
        found.insert(result.value().text(row, 0) + u' ' + result.value().text(row, 1));
    }
    return found;
}

Result<QSet<QString>> PostgresLedger::activeStaffUnits(const QList<QString> &staffIds)
{
    return pairs(u"SELECT s.id, u.unit_id FROM staff s JOIN staff_units u ON u.staff_id = s.id "
                 "WHERE s.id = ANY ($1::text[]) AND s.active"_s,
        { pg::PgConnection::textArray(staffIds) });
}

Result<qint64> PostgresLedger::lockProgress(const QString &deviceId)
{
    if (auto ordered = run(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(QLatin1String(kAppendLock)), {}); !ordered) {
        return ordered.error();
    }
    auto acked = scalar(u"SELECT acked_through FROM devices WHERE device_id = $1 FOR UPDATE"_s, { deviceId });
    if (!acked) {
        return acked.error();
    }
    if (!acked.value()) {
        return Error { ErrorCode::NotFound, u"no such device"_s };
    }
    return acked.value()->toLongLong();
}

Status PostgresLedger::saveProgress(const QString &deviceId, qint64 ackedThrough)
{
    return run(u"UPDATE devices SET acked_through = $1 WHERE device_id = $2"_s, { number(ackedThrough), deviceId });
}

Status PostgresLedger::markCaughtUp(const QString &deviceId, qint64 serverMs)
{
    return run(u"UPDATE devices SET caught_up_ms = GREATEST(caught_up_ms, $1) WHERE device_id = $2"_s,
        { number(serverMs), deviceId });
}

Result<QList<PeerDevice>> PostgresLedger::peers(const QString &deviceId, const QList<QString> &unitIds)
{
    auto result = m_pg->exec(u"SELECT d.device_id, u.unit_id, d.caught_up_ms FROM devices d "
                             "JOIN device_units u ON u.device_id = d.device_id "
                             "WHERE NOT d.revoked AND d.device_id <> $1 AND u.unit_id = ANY (string_to_array($2, ',')) "
                             "ORDER BY d.device_id COLLATE \"C\", u.unit_id COLLATE \"C\""_s,
        { deviceId, unitIds.join(u',') });
    if (!result) {
        return result.error();
    }
    QList<PeerDevice> peers;
    for (int row = 0; row < result.value().rows(); ++row) {
        if (peers.isEmpty() || peers.constLast().deviceId != result.value().text(row, 0)) {
            peers.append({ result.value().text(row, 0), {}, result.value().int64(row, 2) });
        }
        peers.last().unitIds << result.value().text(row, 1);
    }
    return peers;
}

Result<CentralLedger::AuditHead> PostgresLedger::auditHead(const QString &deviceId)
{
    auto result = m_pg->exec(u"SELECT seq, hash FROM audit_heads WHERE device_id = $1"_s, { deviceId });
    if (!result) {
        return result.error();
    }
    if (result.value().rows() == 0) {
        return AuditHead {};
    }
    return AuditHead { result.value().int64(0, 0), result.value().text(0, 1) };
}

Status PostgresLedger::setAuditHead(const QString &deviceId, const AuditHead &head)
{
    return run(u"INSERT INTO audit_heads (device_id, seq, hash) VALUES ($1, $2, $3) "
               "ON CONFLICT (device_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"_s,
        { deviceId, number(head.seq), head.hashB64 });
}

} // namespace akten::sync
