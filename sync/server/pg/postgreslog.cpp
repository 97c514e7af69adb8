// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// PostgresLedger's log: stored and refused bodies, appending an upload batch's records, reading a download batch
// (per unit, merged) and the day-note purge.
#include "sync/server/pg/postgresledger.h"

#include "app/records/recordcodec.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

QString number(qint64 value)
{
    return QString::number(value);
}

/** The record's writing time (device clock), kept beside its sealed body for the day-note purge (0: none). */
QString wallMsOf(const CentralLedger::Stored &record)
{
    if (record.wallMs) {
        return number(*record.wallMs);
    }
    const QJsonObject row = QJsonDocument::fromJson(record.body.toUtf8()).object().value("row"_L1).toObject();
    return number(records::travellingInteger(row.value("wall_ms"_L1)).value_or(0));
}

} // namespace

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
            number(sealed.value().keyId), wallMsOf(record), number(record.receivedMs) });
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
            sealed.value().text, number(sealed.value().keyId), wallMsOf(r), number(r.receivedMs) });
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
