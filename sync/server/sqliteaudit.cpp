// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SqliteLedger's audit flags and tamper alarms (migrations/0006_audit_integrity.sql).
#include "sync/server/sqliteledger.h"

#include "app/store/statement.h"
#include "sync/server/auditintake.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace akten::sync {

Status SqliteLedger::flagAudit(const QList<AuditFlag> &flags)
{
    for (const AuditFlag &flag : flags) {
        auto kept = run(u"INSERT INTO audit_flags (device_id, device_seq, flag) VALUES (?, ?, ?)"_s,
            { flag.deviceId, flag.deviceSeq, flag.flag });
        if (!kept) {
            return kept.error();
        }
    }
    return {};
}

Result<QList<ItemResult>> SqliteLedger::flaggedAuditFor(const QString &deviceId)
{
    auto query = m_db.prepare(u"SELECT device_seq, flag FROM audit_flags WHERE device_id = ? ORDER BY device_seq"_s);
    if (!query) {
        return query.error();
    }
    query.value().bind(1, deviceId);
    QList<ItemResult> flagged;
    if (auto read = store::eachRow(query.value(),
            [&](const store::Statement &row) {
                flagged.append({ row.int64(0), ItemStatus::Accepted, row.text(1) });
            });
        !read) {
        return read.error();
    }
    return flagged;
}

Status SqliteLedger::raiseAlarm(const QString &deviceId, const TamperAlarm &alarm)
{
    auto raised = run(u"INSERT INTO tamper_alarms (device_id, device_seq, reason, raised_ms) VALUES (?, ?, ?, ?)"_s,
        { deviceId, alarm.deviceSeq, alarm.reason, alarm.raisedMs });
    return raised ? Status {} : Status { raised.error() };
}

Result<QList<TamperAlarm>> SqliteLedger::alarms(const QString &deviceId, bool openOnly)
{
    auto query = m_db.prepare(u"SELECT device_seq, reason, raised_ms, coalesce(decision, ''), coalesce(decided_ms, 0) "
                              "FROM tamper_alarms WHERE device_id = ? %1 ORDER BY device_seq"_s.arg(
                                  openOnly ? u"AND decision IS NULL"_s : QString()));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, deviceId);
    QList<TamperAlarm> alarms;
    if (auto read = store::eachRow(query.value(),
            [&](const store::Statement &row) {
                alarms.append({ row.int64(0), row.text(1), row.int64(2), row.text(3), row.int64(4) });
            });
        !read) {
        return read.error();
    }
    return alarms;
}

Result<int> SqliteLedger::decideAlarms(const QString &deviceId, const QString &decision, qint64 nowMs)
{
    return run(u"UPDATE tamper_alarms SET decision = ?, decided_ms = ? WHERE device_id = ? AND decision IS NULL"_s,
        { decision, nowMs, deviceId });
}

Result<QList<CentralLedger::DeviceAlarms>> SqliteLedger::unitAlarms(const QList<QString> &unitIds)
{
    QStringList marks;
    marks.fill(u"?"_s, unitIds.size());
    const QString ofUnits = u"SELECT device_id FROM device_units WHERE unit_id IN (%1)"_s.arg(marks.join(u", "_s));
    QVariantList values;
    for (const QString &unit : unitIds) {
        values << unit;
    }
    QList<std::pair<QString, QString>> deviceUnits;
    QList<std::pair<QString, TamperAlarm>> alarms;
    QHash<QString, qint64> flagged;
    const auto read = [&](const QString &sql, const std::function<void(const store::Statement &)> &each) -> Status {
        auto query = m_db.prepare(sql);
        if (!query) {
            return query.error();
        }
        bindAll(query.value(), values);
        return store::eachRow(query.value(), each);
    };
    const QString withAlarmOrFlag = u"(device_id IN (SELECT device_id FROM tamper_alarms) "
                                    "OR device_id IN (SELECT device_id FROM audit_flags))"_s;
    Status status = read(u"SELECT device_id, unit_id FROM device_units WHERE unit_id IN (%1) AND %2 "
                         "ORDER BY device_id, unit_id"_s.arg(marks.join(u", "_s), withAlarmOrFlag),
        [&](const store::Statement &row) {
            deviceUnits.append({ row.text(0), row.text(1) });
        });
    if (status) {
        status = read(u"SELECT device_id, device_seq, reason, raised_ms, coalesce(decision, ''), "
                      "coalesce(decided_ms, 0) FROM tamper_alarms WHERE device_id IN (%1) "
                      "ORDER BY device_id, device_seq"_s.arg(ofUnits),
            [&](const store::Statement &row) {
                alarms.append({ row.text(0),
                    TamperAlarm { row.int64(1), row.text(2), row.int64(3), row.text(4), row.int64(5) } });
            });
    }
    if (status) {
        status = read(
            u"SELECT device_id, count(*) FROM audit_flags WHERE device_id IN (%1) GROUP BY device_id"_s.arg(ofUnits),
            [&](const store::Statement &row) { flagged.insert(row.text(0), row.int64(1)); });
    }
    if (!status) {
        return status.error();
    }
    return assembleUnitAlarms(deviceUnits, alarms, flagged);
}

} // namespace akten::sync
