// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/pg/postgresledger.h"

#include "app/store/migrator.h"

#include <QJsonDocument>
#include <QJsonObject>

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

/** The record's writing time (device clock), kept beside its sealed body for the day-note purge. */
QString wallMsOf(const QString &body)
{
    return number(qint64(
        QJsonDocument::fromJson(body.toUtf8()).object().value("row"_L1).toObject().value("wall_ms"_L1).toDouble()));
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

Result<std::optional<QString>> PostgresLedger::storedBody(Shelf shelf, const QString &deviceId, qint64 deviceSeq)
{
    const QString table = shelf == Shelf::Records ? u"records"_s : u"rejected"_s;
    auto result = m_pg->exec(u"SELECT body, body_key, kind, record_key FROM %1 WHERE device_id = $1 "
                             "AND device_seq = $2"_s.arg(table),
        { deviceId, number(deviceSeq) });
    if (!result) {
        return result.error();
    }
    if (result.value().rows() == 0) {
        return std::optional<QString> {};
    }
    auto body = unseal(result.value(), 0, 0, 1, result.value().text(0, 2), result.value().text(0, 3));
    if (!body) {
        return body.error();
    }
    return std::optional<QString> { body.value() };
}

Result<bool> PostgresLedger::holds(const QString &kind, const QString &key, const QString &unitId)
{
    // A null QString would go as SQL NULL: "any unit" is sent as ''.
    auto found = scalar(u"SELECT 1 FROM records WHERE kind = $1 AND record_key = $2 AND ($3 = '' OR unit_id = $3)"_s,
        { kind, key, unitId.isNull() ? u""_s : unitId });
    if (!found) {
        return found.error();
    }
    return found.value().has_value();
}

Result<bool> PostgresLedger::append(const Stored &record)
{
    auto sealed = seal(record.body, record.kind, record.key);
    if (!sealed) {
        return sealed.error();
    }
    auto result = m_pg->exec(u"INSERT INTO records (unit_id, kind, record_key, device_id, device_seq, body, body_key, "
                             "wall_ms, received_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                             "ON CONFLICT (kind, record_key) DO NOTHING"_s,
        { record.unitId, record.kind, record.key, record.deviceId, number(record.deviceSeq), sealed.value().text,
            number(sealed.value().keyId), wallMsOf(record.body), number(record.receivedMs) });
    if (!result) {
        return result.error();
    }
    return result.value().affected() == 1;
}

Result<QList<bool>> PostgresLedger::appendAll(const QList<Stored> &records)
{
    QList<bool> appended(records.size(), true);
    if (records.isEmpty()) {
        return appended;
    }
    // Appends take turns (lockProgress holds the append lock), so a key found free here is still free below: the
    // new records go in with one COPY, in the batch's order (their positions follow it). COPY runs no ON CONFLICT,
    // so a key already stored, or twice in the batch, is left out first.
    QStringList kinds;
    QStringList keys;
    for (const Stored &r : records) {
        kinds << r.kind;
        keys << r.key;
    }
    // Both columns, so that each lookup is a probe of the (kind, record_key) index, not a scan of the log.
    auto stored = pairs(u"SELECT r.kind, r.record_key FROM unnest($1::text[], $2::text[]) AS b (kind, record_key) "
                        "JOIN records r ON r.kind = b.kind AND r.record_key = b.record_key"_s,
        { pg::PgConnection::textArray(kinds), pg::PgConnection::textArray(keys) });
    if (!stored) {
        return stored.error();
    }
    QSet<QString> taken = std::move(stored).value();
    QByteArray rows;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Stored &r = records.at(i);
        const QString key = r.kind + u' ' + r.key;
        if (taken.contains(key)) {
            appended[i] = false;
            continue;
        }
        taken.insert(key);
        auto sealed = seal(r.body, r.kind, r.key);
        if (!sealed) {
            return sealed.error();
        }
        rows += pg::PgConnection::copyLine({ r.unitId, r.kind, r.key, r.deviceId, number(r.deviceSeq),
            sealed.value().text, number(sealed.value().keyId), wallMsOf(r.body), number(r.receivedMs) });
    }
    if (!rows.isEmpty()) {
        if (auto copied
            = m_pg->copyIn(u"COPY records (unit_id, kind, record_key, device_id, device_seq, body, body_key, "
                           "wall_ms, received_ms) FROM STDIN"_s,
                rows);
            !copied) {
            return copied.error();
        }
    }
    return appended;
}

Status PostgresLedger::keepRejected(const QList<Refusal> &refusals)
{
    if (refusals.isEmpty()) {
        return {};
    }
    QByteArray rows;
    for (const auto &[record, reason] : refusals) {
        auto sealed = seal(record.body, record.kind, record.key);
        if (!sealed) {
            return sealed.error();
        }
        rows += pg::PgConnection::copyLine({ record.deviceId, number(record.deviceSeq), record.kind, record.key, reason,
            sealed.value().text, number(sealed.value().keyId), number(record.receivedMs) });
    }
    return m_pg->copyIn(u"COPY rejected (device_id, device_seq, kind, record_key, reason, body, body_key, received_ms) "
                        "FROM STDIN"_s,
        rows);
}

Result<QList<CentralLedger::LogEntry>> PostgresLedger::logAfter(qint64 cursor, const QList<QString> &unitIds, int limit)
{
    if (unitIds.isEmpty()) {
        return QList<LogEntry> {};
    }
    // One arm per unit, each an index scan of records_unit in position order, merged (Merge Append): a batch reads
    // about `limit` rows. Planned from statistics that lag a large ingest, "unit_id = ANY (...) ORDER BY position"
    // became a bitmap scan of every later row of the units and a sort, for every batch (100 ms a batch at 100 000
    // rows); without bitmap scans the merge is the plan whatever the statistics say (for this statement only).
    QStringList arms;
    QStringList params { number(cursor), number(limit) };
    for (const QString &unit : unitIds) {
        params << unit;
        arms << u"(SELECT position, body, body_key, kind, record_key FROM records WHERE unit_id = $%1 "
                "AND position > $1 AND kind <> 'audit_event' ORDER BY position LIMIT $2)"_s.arg(params.size());
    }
    if (auto off = m_pg->exec(u"SET LOCAL enable_bitmapscan = off"_s); !off) {
        return off.error();
    }
    auto result = m_pg->exec(u"SELECT position, body, body_key, kind, record_key FROM (%1) AS log "
                             "ORDER BY position LIMIT $2"_s.arg(arms.join(u" UNION ALL "_s)),
        params);
    if (!result) {
        return result.error();
    }
    if (auto on = m_pg->exec(u"SET LOCAL enable_bitmapscan = on"_s); !on) {
        return on.error();
    }
    QList<LogEntry> entries;
    entries.reserve(result.value().rows());
    for (int row = 0; row < result.value().rows(); ++row) {
        auto body = unseal(result.value(), row, 1, 2, result.value().text(row, 3), result.value().text(row, 4));
        if (!body) {
            return body.error();
        }
        entries.append({ result.value().int64(row, 0), body.value().toUtf8() });
    }
    return entries;
}

Result<QList<CentralLedger::PurgedNote>> PostgresLedger::purgeDayNotes(qint64 cutoffMs)
{
    // The trigger records_append_only lets day notes older than this go, in this transaction only (0006_day_notes).
    if (auto set = m_pg->exec(u"SELECT set_config('akten.day_note_purge_before_ms', $1, true)"_s, { number(cutoffMs) });
        !set) {
        return set.error();
    }
    auto result = m_pg->exec(u"DELETE FROM records WHERE kind = 'day_note' AND wall_ms < $1::bigint "
                             "RETURNING record_key, unit_id, device_id, wall_ms"_s,
        { number(cutoffMs) });
    if (!result) {
        return result.error();
    }
    QList<PurgedNote> purged;
    for (int row = 0; row < result.value().rows(); ++row) {
        purged.append({ result.value().text(row, 0), result.value().text(row, 1), result.value().text(row, 2),
            result.value().int64(row, 3) });
    }
    return purged;
}

Result<QList<ItemResult>> PostgresLedger::rejectedFor(const QString &deviceId)
{
    auto result = m_pg->exec(
        u"SELECT device_seq, reason FROM rejected WHERE device_id = $1 ORDER BY device_seq"_s, { deviceId });
    if (!result) {
        return result.error();
    }
    QList<ItemResult> results;
    for (int row = 0; row < result.value().rows(); ++row) {
        results.append({ result.value().int64(row, 0), ItemStatus::Rejected, result.value().text(row, 1) });
    }
    return results;
}

} // namespace akten::sync
