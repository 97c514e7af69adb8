// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SqliteLedger's log: appending an upload batch's records and reading a download batch (issue 19: one prepared
// insert per batch; a batch read per unit in position order and merged).
#include "sync/server/sqliteledger.h"

#include "app/store/statement.h"

using namespace Qt::StringLiterals;

namespace akten::sync {

namespace {

void bindStored(store::Statement &insert, const CentralLedger::Stored &record)
{
    insert.bind(1, record.unitId).bind(2, record.kind).bind(3, record.key).bind(4, record.deviceId);
    insert.bind(5, record.deviceSeq).bind(6, record.body).bind(7, record.receivedMs);
}

} // namespace

Result<bool> SqliteLedger::append(const Stored &record)
{
    auto appended = appendAll({ record });
    if (!appended) {
        return appended.error();
    }
    return appended.value().constFirst();
}

Result<QList<bool>> SqliteLedger::appendAll(const QList<Stored> &records)
{
    // One statement prepared for the batch (a statement per record was a fifth of an upload's time).
    auto insert = m_db.prepare(u"INSERT INTO records (unit_id, kind, record_key, device_id, device_seq, body, "
                               "received_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, record_key) DO NOTHING"_s);
    if (!insert) {
        return insert.error();
    }
    QList<bool> appended;
    appended.reserve(records.size());
    for (const Stored &record : records) {
        bindStored(insert.value(), record);
        if (auto done = insert.value().run(); !done) {
            return done.error();
        }
        appended.append(m_db.changes() == 1);
        insert.value().reset();
    }
    return appended;
}

Result<QList<CentralLedger::LogEntry>> SqliteLedger::logAfter(qint64 cursor, const QList<QString> &unitIds, int limit)
{
    if (unitIds.isEmpty()) {
        return QList<LogEntry> {};
    }
    // One arm per unit, each read in position order from records_unit and merged (MERGE (UNION ALL), no sort), so a
    // batch reads about `limit` rows. "unit_id IN (...) ORDER BY position" read and sorted every row of the units
    // after the cursor for each batch: a first download's batches grew slower as the log grew.
    // SQLite takes at most 500 arms in one compound SELECT: a device of that many units (none today) reads the old way.
    constexpr qsizetype kMaxArms = 400;
    QStringList arms;
    for (qsizetype i = 0; i < unitIds.size(); ++i) {
        arms << u"SELECT position, body FROM records WHERE unit_id = ?%1 AND position > ?1 AND kind <> 'audit_event'"_s
                    .arg(i + 3);
    }
    QStringList marks;
    for (qsizetype i = 0; i < unitIds.size(); ++i) {
        marks << u"?%1"_s.arg(i + 3);
    }
    auto query = m_db.prepare(unitIds.size() <= kMaxArms
            ? arms.join(u" UNION ALL "_s) + u" ORDER BY position LIMIT ?2"_s
            : u"SELECT position, body FROM records WHERE position > ?1 AND unit_id IN (%1) AND kind <> 'audit_event' "
              "ORDER BY position LIMIT ?2"_s.arg(marks.join(u", "_s)));
    if (!query) {
        return query.error();
    }
    query.value().bind(1, cursor).bind(2, qint64(limit));
    for (qsizetype i = 0; i < unitIds.size(); ++i) {
        query.value().bind(int(i) + 3, unitIds.at(i));
    }
    QList<LogEntry> entries;
    entries.reserve(limit);
    if (auto read = store::eachRow(query.value(),
            [&](const store::Statement &row) {
                entries.append({ row.int64(0), row.blob(1) }); // the stored UTF-8 bytes, not converted
            });
        !read) {
        return read.error();
    }
    return entries;
}

} // namespace akten::sync
