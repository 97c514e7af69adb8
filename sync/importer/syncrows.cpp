// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/importer/syncrows.h"

#include "app/records/recordcodec.h"
#include "app/records/recordrules.h"
#include "app/store/database.h"
#include "app/store/transaction.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

using records::ChildTable;
using records::MergeClass;
using records::RecordKind;
using store::Statement;

ImportOutcome rejected(const QString &key, const QString &reason)
{
    return { key, ImportOutcome::Status::Rejected, reason };
}

} // namespace

SyncRows::SyncRows(store::Database &db)
    : m_db(db)
    , m_statements(db)
    , m_writer(m_statements)
{ }

Result<QList<OutboxEntry>> SyncRows::pending(qint64 afterSeq, int limit) const
{
    auto query = m_db.prepare(
        u"SELECT device_seq, kind, record_key FROM sync_outbox WHERE device_seq > ? ORDER BY device_seq LIMIT ?"_s);
    if (!query) {
        return query.error();
    }
    query.value().bind(1, afterSeq).bind(2, limit);
    QList<OutboxEntry> entries;
    if (auto read = eachRow(query.value(),
            [&](const Statement &row) {
                entries.append({ row.int64(0), row.text(1), row.text(2) });
            });
        !read) {
        return read.error();
    }
    return entries;
}

Result<QJsonObject> SyncRows::readRow(
    const QString &table, const QStringList &keyColumns, const QStringList &keyValues) const
{
    QStringList conditions;
    for (const QString &column : keyColumns) {
        conditions << column + u" = ?"_s;
    }
    auto query = m_statements.get(u"SELECT * FROM %1 WHERE %2"_s.arg(table, conditions.join(u" AND "_s)));
    if (!query) {
        return query.error();
    }
    Statement &select = *query.value();
    for (int i = 0; i < keyValues.size(); ++i) {
        bool isNumber = false;
        const qint64 number = keyValues.at(i).toLongLong(&isNumber);
        if (keyColumns.at(i) == "seq"_L1 && isNumber) {
            select.bind(i + 1, number);
        } else {
            select.bind(i + 1, keyValues.at(i));
        }
    }
    auto found = select.step();
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error { ErrorCode::NotFound, u"no %1 with that key"_s.arg(table) };
    }
    return records::rowJson(select);
}

Result<QList<QJsonObject>> SyncRows::readChildren(const ChildTable &child, const QString &key) const
{
    auto query
        = m_statements.get(u"SELECT * FROM %1 WHERE %2 = ? ORDER BY 1, 2"_s.arg(child.table, child.parentColumn));
    if (!query) {
        return query.error();
    }
    query.value()->bind(1, key);
    QList<QJsonObject> rows;
    if (auto read = eachRow(*query.value(), [&](const Statement &row) { rows.append(records::rowJson(row)); }); !read) {
        return read.error();
    }
    return rows;
}

Result<QJsonObject> SyncRows::exportRecord(const QString &kindName, const QString &key) const
{
    const RecordKind *kind = records::recordKind(kindName);
    if (!kind) {
        return Error { ErrorCode::InvalidInput, u"unknown record kind '%1'"_s.arg(kindName) };
    }
    const QStringList keyValues = key.split(u':');
    if (keyValues.size() != kind->keyColumns.size()) {
        return Error { ErrorCode::InvalidInput, u"malformed key for %1"_s.arg(kindName) };
    }
    auto row = readRow(kind->table, kind->keyColumns, keyValues);
    if (!row) {
        return row.error();
    }
    QJsonObject record { { u"kind"_s, kind->name }, { u"key"_s, key }, { u"row"_s, row.value() } };
    QJsonObject children;
    for (const ChildTable &child : kind->children) {
        auto rows = readChildren(child, key);
        if (!rows) {
            return rows.error();
        }
        QJsonArray array;
        for (const QJsonObject &childRow : rows.value()) {
            array.append(childRow);
        }
        children.insert(child.table, array);
    }
    if (!kind->children.isEmpty()) {
        record.insert(u"children"_s, children);
    }
    return record;
}

Result<QList<QJsonObject>> SyncRows::exportMaster() const
{
    QList<QJsonObject> records;
    for (const RecordKind &kind : records::recordKinds()) {
        if (kind.merge != MergeClass::Master) {
            continue;
        }
        auto keys
            = m_db.prepare(u"SELECT %1 FROM %2 ORDER BY %1"_s.arg(kind.keyColumns.join(u" || ':' || "_s), kind.table));
        if (!keys) {
            return keys.error();
        }
        QStringList found;
        if (auto read = eachRow(keys.value(), [&](const Statement &row) { found << row.text(0); }); !read) {
            return read.error();
        }
        for (const QString &key : std::as_const(found)) {
            auto record = exportRecord(kind.name, key);
            if (!record) {
                return record.error();
            }
            records.append(record.value());
        }
    }
    return records;
}

Status SyncRows::checkChainLink(const QJsonObject &row) const
{
    auto head = m_db.prepare(u"SELECT seq, hash FROM audit_head WHERE device_id = ?"_s);
    if (!head) {
        return head.error();
    }
    head.value().bind(1, row.value("device_id"_L1).toString());
    auto found = head.value().step();
    if (!found) {
        return found.error();
    }
    const qint64 headSeq = found.value() ? head.value().int64(0) : 0;
    const QByteArray headHash = found.value() ? head.value().blob(1) : QByteArray(32, '\0');
    const qint64 seq = records::travellingInteger(row.value("seq"_L1)).value_or(0);
    const QByteArray prevHash
        = QByteArray::fromBase64(row.value("prev_hash"_L1).toObject().value("b64"_L1).toString().toLatin1());
    if (seq != headSeq + 1) {
        return Error { ErrorCode::Integrity, u"audit chain gap: expected seq %1, got %2"_s.arg(headSeq + 1).arg(seq) };
    }
    if (prevHash != headHash) {
        return Error { ErrorCode::Integrity, u"audit chain fork at seq %1: previous hash differs"_s.arg(seq) };
    }
    return {};
}

Status SyncRows::advanceHead(const QJsonObject &row)
{
    auto advance = m_db.prepare(u"INSERT INTO audit_head (device_id, seq, hash) VALUES (?, ?, ?) "
                                "ON CONFLICT (device_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"_s);
    if (!advance) {
        return advance.error();
    }
    advance.value()
        .bind(1, row.value("device_id"_L1).toString())
        .bind(2, records::travellingInteger(row.value("seq"_L1)).value_or(0))
        .bind(3, QByteArray::fromBase64(row.value("hash"_L1).toObject().value("b64"_L1).toString().toLatin1()));
    return advance.value().run();
}

Status SyncRows::replaceMasterRow(const RecordKind &kind, const QJsonObject &row, const QString &key)
{
    QStringList updates;
    for (const QString &name : row.keys()) {
        if (!kind.keyColumns.contains(name)) {
            updates << u"%1 = excluded.%1"_s.arg(name);
        }
    }
    const QString upsert = updates.isEmpty()
        ? u" ON CONFLICT DO NOTHING"_s
        : u" ON CONFLICT (%1) DO UPDATE SET %2"_s.arg(kind.keyColumns.join(u", "_s), updates.join(u", "_s));
    if (auto written = m_writer.insert(kind.table, row, upsert); !written) {
        return written;
    }
    for (const ChildTable &child : kind.children) {
        auto clear = m_db.prepare(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(child.table, child.parentColumn));
        if (!clear) {
            return clear.error();
        }
        if (auto cleared = clear.value().bind(1, key).run(); !cleared) {
            return cleared;
        }
    }
    return {};
}

ImportOutcome SyncRows::importOne(const QJsonObject &record)
{
    const QString key = record.value("key"_L1).toString();
    if (QString breach = records::recordBreach(record); !breach.isEmpty()) {
        return rejected(key, breach);
    }
    const RecordKind *kind = records::recordKind(record.value("kind"_L1).toString());
    const QJsonObject row = record.value("row"_L1).toObject();
    if (kind->name == "day_note"_L1
        && records::travellingInteger(row.value("wall_ms"_L1)).value_or(0) < m_dayNoteCutoffMs) {
        return { key, ImportOutcome::Status::Duplicate, {} }; // expired: purged here, never to come back
    }
    auto stored = exportRecord(kind->name, key);
    const bool replace = stored && kind->merge == MergeClass::Master && stored.value() != record;
    if (stored && !replace) {
        return stored.value() == record ? ImportOutcome { key, ImportOutcome::Status::Duplicate, {} }
                                        : rejected(key, u"another record with the same key is stored"_s);
    }
    if (!stored && stored.error().code != ErrorCode::NotFound) {
        return rejected(key, stored.error().message);
    }
    if (kind->merge == MergeClass::Audit) {
        if (auto linked = checkChainLink(row); !linked) {
            return rejected(key, linked.error().message);
        }
    }
    // Master data is the central store's: a newer version replaces the row (in place, so rows that refer to it
    // stay) and all its child rows.
    if (auto written = replace ? replaceMasterRow(*kind, row, key) : m_writer.insert(kind->table, row); !written) {
        return rejected(key, written.error().message);
    }
    if (kind->merge == MergeClass::Audit) {
        if (auto advanced = advanceHead(row); !advanced) {
            return rejected(key, advanced.error().message);
        }
    }
    if (auto children = m_writer.insertChildren(*kind, record); !children) {
        return rejected(key, children.error().message);
    }
    return { key, ImportOutcome::Status::Accepted, {} };
}

Result<QList<ImportOutcome>> SyncRows::importRecords(
    const QList<QJsonObject> &records, const std::function<Status(const QList<ImportOutcome> &)> &alsoInTransaction)
{
    store::Transaction tx(m_db);
    if (auto started = tx.start(); !started) {
        return started.error();
    }
    // Downloaded rows are someone else's writes: they must not be queued for upload from here.
    if (auto flagged = m_db.exec(u"INSERT INTO device_state (key, value) VALUES ('sync.applying', '1')"_s); !flagged) {
        return flagged.error();
    }
    QList<ImportOutcome> outcomes;
    for (const QJsonObject &record : records) {
        if (auto saved = m_statements.run(u"SAVEPOINT sync_record"_s); !saved) {
            return saved.error();
        }
        ImportOutcome outcome = importOne(record);
        if (outcome.status == ImportOutcome::Status::Rejected) {
            if (auto undone = m_statements.run(u"ROLLBACK TO sync_record"_s); !undone) {
                return undone.error();
            }
        }
        if (auto ended = m_statements.run(u"RELEASE sync_record"_s); !ended) {
            return ended.error();
        }
        outcomes.append(outcome);
    }
    if (auto cleared = m_db.exec(u"DELETE FROM device_state WHERE key = 'sync.applying'"_s); !cleared) {
        return cleared.error();
    }
    if (alsoInTransaction) {
        if (auto also = alsoInTransaction(outcomes); !also) {
            return also.error();
        }
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return outcomes;
}

} // namespace akten::sync
