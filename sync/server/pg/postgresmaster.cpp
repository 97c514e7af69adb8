// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// PostgresLedger's master data: the newest version of each record and the units it belongs to.
#include "sync/server/pg/postgresledger.h"

using namespace Qt::StringLiterals;

namespace akten::sync {

Result<QList<CentralLedger::MasterEntry>> PostgresLedger::masterRecords()
{
    auto result = m_pg->exec(u"SELECT m.kind, m.record_key, m.rank, m.body, "
                             "COALESCE((SELECT string_agg(unit_id, ',') FROM master_scope s "
                             "WHERE s.kind = m.kind AND s.record_key = m.record_key), '') "
                             "FROM master_records m ORDER BY m.rank, m.record_key COLLATE \"C\""_s);
    if (!result) {
        return result.error();
    }
    QList<MasterEntry> entries;
    const auto &r = result.value();
    for (int row = 0; row < r.rows(); ++row) {
        entries.append({ r.text(row, 0), r.text(row, 1), int(r.int64(row, 2)), r.text(row, 3),
            r.text(row, 4).split(u',', Qt::SkipEmptyParts) });
    }
    return entries;
}

Status PostgresLedger::putMaster(const MasterEntry &entry)
{
    if (auto stored = run(u"INSERT INTO master_records (kind, record_key, rank, body) VALUES ($1, $2, $3, $4) "
                          "ON CONFLICT (kind, record_key) DO UPDATE SET rank = excluded.rank, body = excluded.body"_s,
            { entry.kind, entry.key, QString::number(entry.rank), entry.body });
        !stored) {
        return stored;
    }
    if (auto cleared
        = run(u"DELETE FROM master_scope WHERE kind = $1 AND record_key = $2"_s, { entry.kind, entry.key });
        !cleared) {
        return cleared;
    }
    for (const QString &unit : entry.unitIds) {
        if (auto added = run(u"INSERT INTO master_scope (kind, record_key, unit_id) VALUES ($1, $2, $3) "
                             "ON CONFLICT DO NOTHING"_s,
                { entry.kind, entry.key, unit });
            !added) {
            return added;
        }
    }
    return {};
}

Result<QList<QString>> PostgresLedger::masterFor(const QList<QString> &unitIds)
{
    auto result
        = m_pg->exec(u"SELECT m.body FROM master_records m WHERE EXISTS (SELECT 1 FROM master_scope s "
                     "WHERE s.kind = m.kind AND s.record_key = m.record_key "
                     "AND s.unit_id = ANY (string_to_array($1, ','))) ORDER BY m.rank, m.record_key COLLATE \"C\""_s,
            { unitIds.join(u',') });
    if (!result) {
        return result.error();
    }
    QList<QString> bodies;
    for (int row = 0; row < result.value().rows(); ++row) {
        bodies.append(result.value().text(row, 0));
    }
    return bodies;
}

} // namespace akten::sync
