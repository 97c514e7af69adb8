// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// PostgresLedger's audit flags and tamper alarms (migrations/0007_audit_integrity.sql).
#include "sync/server/pg/postgresledger.h"

#include "sync/server/auditintake.h"

using namespace Qt::StringLiterals;

namespace akten::sync {

Status PostgresLedger::flagAudit(const QList<AuditFlag> &flags)
{
    if (flags.isEmpty()) {
        return {};
    }
    QByteArray rows;
    for (const AuditFlag &flag : flags) {
        rows += pg::PgConnection::copyLine({ flag.deviceId, QString::number(flag.deviceSeq), flag.flag });
    }
    return m_pg->copyIn(u"COPY audit_flags (device_id, device_seq, flag) FROM STDIN"_s, rows);
}

Result<QList<ItemResult>> PostgresLedger::flaggedAuditFor(const QString &deviceId)
{
    auto result = m_pg->exec(
        u"SELECT device_seq, flag FROM audit_flags WHERE device_id = $1 ORDER BY device_seq"_s, { deviceId });
    if (!result) {
        return result.error();
    }
    QList<ItemResult> flagged;
    for (int row = 0; row < result.value().rows(); ++row) {
        flagged.append({ result.value().int64(row, 0), ItemStatus::Accepted, result.value().text(row, 1) });
    }
    return flagged;
}

Status PostgresLedger::raiseAlarm(const QString &deviceId, const TamperAlarm &alarm)
{
    return run(u"INSERT INTO tamper_alarms (device_id, device_seq, reason, raised_ms) VALUES ($1, $2, $3, $4)"_s,
        { deviceId, QString::number(alarm.deviceSeq), alarm.reason, QString::number(alarm.raisedMs) });
}

Result<QList<TamperAlarm>> PostgresLedger::alarms(const QString &deviceId, bool openOnly)
{
    auto result = m_pg->exec(u"SELECT device_seq, reason, raised_ms, coalesce(decision, ''), coalesce(decided_ms, 0) "
                             "FROM tamper_alarms WHERE device_id = $1 %1 ORDER BY device_seq"_s.arg(
                                 openOnly ? u"AND decision IS NULL"_s : QString()),
        { deviceId });
    if (!result) {
        return result.error();
    }
    QList<TamperAlarm> alarms;
    const auto &r = result.value();
    for (int row = 0; row < r.rows(); ++row) {
        alarms.append({ r.int64(row, 0), r.text(row, 1), r.int64(row, 2), r.text(row, 3), r.int64(row, 4) });
    }
    return alarms;
}

Result<int> PostgresLedger::decideAlarms(const QString &deviceId, const QString &decision, qint64 nowMs)
{
    auto result = m_pg->exec(u"UPDATE tamper_alarms SET decision = $1, decided_ms = $2 "
                             "WHERE device_id = $3 AND decision IS NULL"_s,
        { decision, QString::number(nowMs), deviceId });
    if (!result) {
        return result.error();
    }
    return result.value().affected();
}

Result<QList<CentralLedger::DeviceAlarms>> PostgresLedger::unitAlarms(const QList<QString> &unitIds)
{
    const QString units = unitIds.join(u',');
    const QString ofUnits = u"SELECT device_id FROM device_units WHERE unit_id = ANY (string_to_array($1, ','))"_s;
    auto shared
        = m_pg->exec(u"SELECT device_id, unit_id FROM device_units "
                     "WHERE unit_id = ANY (string_to_array($1, ',')) AND (device_id IN "
                     "(SELECT device_id FROM tamper_alarms) OR device_id IN (SELECT device_id FROM audit_flags)) "
                     "ORDER BY device_id COLLATE \"C\", unit_id COLLATE \"C\""_s,
            { units });
    if (!shared) {
        return shared.error();
    }
    auto raised = m_pg->exec(u"SELECT device_id, device_seq, reason, raised_ms, coalesce(decision, ''), "
                             "coalesce(decided_ms, 0) FROM tamper_alarms WHERE device_id IN (%1) "
                             "ORDER BY device_id COLLATE \"C\", device_seq"_s.arg(ofUnits),
        { units });
    if (!raised) {
        return raised.error();
    }
    auto counted = m_pg->exec(
        u"SELECT device_id, count(*) FROM audit_flags WHERE device_id IN (%1) GROUP BY device_id"_s.arg(ofUnits),
        { units });
    if (!counted) {
        return counted.error();
    }
    QList<std::pair<QString, QString>> deviceUnits;
    for (int row = 0; row < shared.value().rows(); ++row) {
        deviceUnits.append({ shared.value().text(row, 0), shared.value().text(row, 1) });
    }
    QList<std::pair<QString, TamperAlarm>> alarms;
    const auto &r = raised.value();
    for (int row = 0; row < r.rows(); ++row) {
        alarms.append({ r.text(row, 0),
            TamperAlarm { r.int64(row, 1), r.text(row, 2), r.int64(row, 3), r.text(row, 4), r.int64(row, 5) } });
    }
    QHash<QString, qint64> flagged;
    for (int row = 0; row < counted.value().rows(); ++row) {
        flagged.insert(counted.value().text(row, 0), counted.value().int64(row, 1));
    }
    return assembleUnitAlarms(deviceUnits, alarms, flagged);
}

} // namespace akten::sync
