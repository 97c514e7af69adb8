// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SqliteLedger's audit flags and tamper alarms (migrations/0006_audit_integrity.sql).
#include "sync/server/sqliteledger.h"

#include "store/statement.h"

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

} // namespace akten::sync
