// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// PostgresLedger's master data: the newest version of each record (sealed like every body) and the units it belongs to.
#include "sync/server/pg/postgresledger.h"

using namespace Qt::StringLiterals;

namespace akten::sync {

Result<QList<CentralLedger::MasterEntry>> PostgresLedger::masterRecords()
{
    auto result = m_pg->exec(u"SELECT m.kind, m.record_key, m.rank, m.body, m.body_key, "
                             "COALESCE((SELECT string_agg(unit_id, ',') FROM master_scope s "
                             "WHERE s.kind = m.kind AND s.record_key = m.record_key), '') "
                             "FROM master_records m ORDER BY m.rank, m.record_key COLLATE \"C\""_s);
    if (!result) {
        return result.error();
    }
    QList<MasterEntry> entries;
    const auto &r = result.value();
    for (int row = 0; row < r.rows(); ++row) {
        auto body = unseal(r, row, 3, 4, r.text(row, 0), r.text(row, 1));
        if (!body) {
            return body.error();
        }
        entries.append({ r.text(row, 0), r.text(row, 1), int(r.int64(row, 2)), body.value(),
            r.text(row, 5).split(u',', Qt::SkipEmptyParts) });
    }
    return entries;
}

Status PostgresLedger::putMaster(const MasterEntry &entry)
{
    auto sealed = seal(entry.body, entry.kind, entry.key);
    if (!sealed) {
        return sealed.error();
    }
    if (auto stored = run(u"INSERT INTO master_records (kind, record_key, rank, body, body_key) "
                          "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (kind, record_key) "
                          "DO UPDATE SET rank = excluded.rank, body = excluded.body, body_key = excluded.body_key"_s,
            { entry.kind, entry.key, QString::number(entry.rank), sealed.value().text,
                QString::number(sealed.value().keyId) });
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
        = m_pg->exec(u"SELECT m.body, m.body_key, m.kind, m.record_key FROM master_records m WHERE EXISTS (SELECT 1 "
                     u"FROM master_scope s "
                     "WHERE s.kind = m.kind AND s.record_key = m.record_key "
                     "AND s.unit_id = ANY (string_to_array($1, ','))) ORDER BY m.rank, m.record_key COLLATE \"C\""_s,
            { unitIds.join(u',') });
    if (!result) {
        return result.error();
    }
    QList<QString> bodies;
    for (int row = 0; row < result.value().rows(); ++row) {
        auto body = unseal(result.value(), row, 0, 1, result.value().text(row, 2), result.value().text(row, 3));
        if (!body) {
            return body.error();
        }
        bodies.append(body.value());
    }
    return bodies;
}

} // namespace akten::sync
