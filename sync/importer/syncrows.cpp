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

/** Whether the record carries a child row (each is a write of its own). */
bool hasChildRows(const RecordKind &kind, const QJsonObject &record)
{
    const QJsonObject children = record.value("children"_L1).toObject();
    return std::any_of(kind.children.cbegin(), kind.children.cend(),
        [&](const ChildTable &child) { return !children.value(child.table).toArray().isEmpty(); });
}

} // namespace

SyncRows::SyncRows(store::Database &db)
    : m_db(db)
    , m_statements(db)
    , m_stored(m_statements)
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

Result<QJsonObject> SyncRows::exportRecord(const QString &kindName, const QString &key) const
{
    const RecordKind *kind = records::recordKind(kindName);
    if (!kind) {
        return Error { ErrorCode::InvalidInput, u"unknown record kind '%1'"_s.arg(kindName) };
    }
    auto record = m_stored.find(*kind, key);
    if (!record) {
        return record.error();
    }
    if (!record.value()) {
        return Error { ErrorCode::NotFound, u"no %1 with that key"_s.arg(kind->table) };
    }
    return *std::move(record).value();
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
    auto head = m_statements.get(u"SELECT seq, hash FROM audit_head WHERE device_id = ?"_s);
    if (!head) {
        return head.error();
    }
    head.value()->bind(1, row.value("device_id"_L1).toString());
    auto found = head.value()->step();
    if (!found) {
        return found.error();
    }
    const qint64 headSeq = found.value() ? head.value()->int64(0) : 0;
    const QByteArray headHash = found.value() ? head.value()->blob(1) : QByteArray(32, '\0');
    head.value()->reset();
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
    auto advance = m_statements.get(u"INSERT INTO audit_head (device_id, seq, hash) VALUES (?, ?, ?) "
                                    "ON CONFLICT (device_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"_s);
    if (!advance) {
        return advance.error();
    }
    advance.value()
        ->bind(1, row.value("device_id"_L1).toString())
        .bind(2, records::travellingInteger(row.value("seq"_L1)).value_or(0))
        .bind(3, QByteArray::fromBase64(row.value("hash"_L1).toObject().value("b64"_L1).toString().toLatin1()));
    return advance.value()->run();
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
        auto clear = m_statements.get(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(child.table, child.parentColumn));
        if (!clear) {
            return clear.error();
        }
        if (auto cleared = clear.value()->bind(1, key).run(); !cleared) {
            return cleared;
        }
    }
    return {};
}

Result<ImportOutcome> SyncRows::importOne(const QJsonObject &record)
{
    const QString key = record.value("key"_L1).toString();
    if (QString breach = records::recordBreach(record); !breach.isEmpty()) {
        return rejected(key, breach);
    }
    const RecordKind *kind = records::recordKind(record.value("kind"_L1).toString());
    const QJsonObject row = record.value("row"_L1).toObject();
    if (kind->name == "day_note"_L1
        && records::travellingInteger(row.value("wall_ms"_L1)).value_or(0) < m_dayNoteCutoffMs) {
        return ImportOutcome { key, ImportOutcome::Status::Duplicate, {} }; // expired: purged here, never to come back
    }
    auto stored = m_stored.find(*kind, key);
    if (!stored) {
        return rejected(key, stored.error().message);
    }
    const bool replace = stored.value() && kind->merge == MergeClass::Master && *stored.value() != record;
    if (stored.value() && !replace) {
        return *stored.value() == record ? ImportOutcome { key, ImportOutcome::Status::Duplicate, {} }
                                         : rejected(key, u"another record with the same key is stored"_s);
    }
    if (kind->merge == MergeClass::Audit) {
        if (auto linked = checkChainLink(row); !linked) {
            return rejected(key, linked.error().message);
        }
    }
    if (!replace && kind->merge != MergeClass::Audit && !hasChildRows(*kind, record)) {
        // One INSERT: if it fails, SQLite undoes it and all its triggers did (ABORT, the only conflict action the
        // schema and its triggers use), so no savepoint is needed. A store failure (disk full, I/O) may have ended
        // the whole transaction instead: then the import fails as a whole, as a failed ROLLBACK TO did.
        if (auto written = m_writer.insert(kind->table, row); !written) {
            if (!m_db.inTransaction()) {
                return written.error();
            }
            return rejected(key, written.error().message);
        }
        return ImportOutcome { key, ImportOutcome::Status::Accepted, {} };
    }
    // Several writes that stand or fall together.
    if (auto saved = m_statements.run(u"SAVEPOINT sync_record"_s); !saved) {
        return saved.error();
    }
    const Status written = writeRecord(*kind, record, row, replace);
    if (!written) {
        if (auto undone = m_statements.run(u"ROLLBACK TO sync_record"_s); !undone) {
            return undone.error();
        }
    }
    if (auto ended = m_statements.run(u"RELEASE sync_record"_s); !ended) {
        return ended.error();
    }
    if (!written) {
        return rejected(key, written.error().message);
    }
    return ImportOutcome { key, ImportOutcome::Status::Accepted, {} };
}

Status SyncRows::writeRecord(const RecordKind &kind, const QJsonObject &record, const QJsonObject &row, bool replace)
{
    // Master data is the central store's: a newer version replaces the row (in place, so rows that refer to it
    // stay) and all its child rows.
    const QString key = record.value("key"_L1).toString();
    if (auto written = replace ? replaceMasterRow(kind, row, key) : m_writer.insert(kind.table, row); !written) {
        return written;
    }
    if (kind.merge == MergeClass::Audit) {
        if (auto advanced = advanceHead(row); !advanced) {
            return advanced;
        }
    }
    return m_writer.insertChildren(kind, record);
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
    outcomes.reserve(records.size());
    for (const QJsonObject &record : records) {
        auto outcome = importOne(record);
        if (!outcome) {
            return outcome.error();
        }
        outcomes.append(std::move(outcome).value());
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
