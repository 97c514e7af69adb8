// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/importer/syncrows.h"

#include "app/records/recordcodec.h"
#include "app/store/database.h"
#include "app/store/transaction.h"

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

/** A record whose key is stored already: a duplicate if it is the same record, else refused. */
ImportOutcome sameKey(const QString &key, bool sameRecord)
{
    return sameRecord ? ImportOutcome { key, ImportOutcome::Status::Duplicate, {} }
                      : rejected(key, u"another record with the same key is stored"_s);
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

Status SyncRows::replaceMasterRow(const RecordKind &kind, const IncomingRecord &incoming)
{
    QStringList updates;
    for (const QString &name : incoming.row.keys()) {
        if (!kind.keyColumns.contains(name)) {
            updates << u"%1 = excluded.%1"_s.arg(name);
        }
    }
    const QString upsert = updates.isEmpty()
        ? u" ON CONFLICT DO NOTHING"_s
        : u" ON CONFLICT (%1) DO UPDATE SET %2"_s.arg(kind.keyColumns.join(u", "_s), updates.join(u", "_s));
    if (auto written = m_writer.insert(kind.table, incoming.bound, upsert); !written) {
        return written;
    }
    for (const ChildTable &child : kind.children) {
        auto clear = m_statements.get(u"DELETE FROM %1 WHERE %2 = ?"_s.arg(child.table, child.parentColumn));
        if (!clear) {
            return clear.error();
        }
        if (auto cleared = clear.value()->bind(1, incoming.key).run(); !cleared) {
            return cleared;
        }
    }
    return {};
}

Result<ImportOutcome> SyncRows::importOne(const QJsonObject &record, const IncomingRecord &incoming)
{
    const QString &key = incoming.key;
    if (!incoming.breach.isEmpty()) {
        return rejected(key, incoming.breach);
    }
    const RecordKind *kind = incoming.kind;
    const QJsonObject &row = incoming.row;
    if (kind->name == "day_note"_L1
        && records::travellingInteger(row.value("wall_ms"_L1)).value_or(0) < m_dayNoteCutoffMs) {
        return ImportOutcome { key, ImportOutcome::Status::Duplicate, {} }; // expired: purged here, never to come back
    }
    if (kind->merge != MergeClass::Master && kind->merge != MergeClass::Audit && incoming.children.empty()) {
        return importFact(record, incoming);
    }
    auto stored = m_stored.find(*kind, key);
    if (!stored) {
        return rejected(key, stored.error().message);
    }
    const bool replace = stored.value() && kind->merge == MergeClass::Master && *stored.value() != record;
    if (stored.value() && !replace) {
        return sameKey(key, *stored.value() == record);
    }
    if (kind->merge == MergeClass::Audit) {
        if (auto linked = checkChainLink(row); !linked) {
            return rejected(key, linked.error().message);
        }
    }
    if (!replace && kind->merge != MergeClass::Audit && incoming.children.empty()) {
        // New master data without child rows: one INSERT, no savepoint (as in importFact).
        if (auto written = m_writer.insert(kind->table, incoming.bound); !written) {
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
    const Status written = writeRecord(incoming, replace);
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

Result<ImportOutcome> SyncRows::importFact(const QJsonObject &record, const IncomingRecord &incoming)
{
    // Nearly every record a download brings is new: insert first, and look for a stored record with the same key
    // only if the insert is refused. The key is the table's primary key (records/recordkinds.h), so a stored record
    // always refuses it: the outcome is the one looking first gives. One INSERT: if it fails, SQLite undoes it and
    // all its triggers did (ABORT, the only conflict action the schema and its triggers use), so no savepoint is
    // needed. A store failure (disk full, I/O) may have ended the whole transaction instead: then the import fails as
    // a whole, as a failed ROLLBACK TO did.
    // (A key that is not an id never gets here: the rules refuse it, records::recordBreach.)
    const QString &key = incoming.key;
    auto written = m_writer.insert(incoming.kind->table, incoming.bound);
    if (written) {
        return ImportOutcome { key, ImportOutcome::Status::Accepted, {} };
    }
    if (!m_db.inTransaction()) {
        return written.error();
    }
    auto stored = m_stored.find(*incoming.kind, key);
    if (!stored) {
        return rejected(key, stored.error().message);
    }
    return stored.value() ? sameKey(key, *stored.value() == record) : rejected(key, written.error().message);
}

Status SyncRows::writeRecord(const IncomingRecord &incoming, bool replace)
{
    // Master data is the central store's: a newer version replaces the row (in place, so rows that refer to it
    // stay) and all its child rows.
    const RecordKind &kind = *incoming.kind;
    if (auto written = replace ? replaceMasterRow(kind, incoming) : m_writer.insert(kind.table, incoming.bound);
        !written) {
        return written;
    }
    if (kind.merge == MergeClass::Audit) {
        if (auto advanced = advanceHead(incoming.row); !advanced) {
            return advanced;
        }
    }
    for (const auto &[table, child] : incoming.children) {
        if (auto inserted = m_writer.insert(table, child); !inserted) {
            return inserted;
        }
    }
    return {};
}

Result<const std::map<QString, QStringList> *> SyncRows::tableColumns()
{
    if (m_columns) {
        return &*m_columns;
    }
    std::map<QString, QStringList> columns;
    for (const RecordKind &kind : records::recordKinds()) {
        QStringList tables { kind.table };
        for (const ChildTable &child : kind.children) {
            tables << child.table;
        }
        for (const QString &table : std::as_const(tables)) {
            auto found = m_writer.columnsOf(table);
            if (!found) {
                return found.error();
            }
            columns.emplace(table, found.value());
        }
    }
    m_columns = std::move(columns);
    return &*m_columns;
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
    const auto columns = tableColumns();
    if (!columns) {
        return columns.error();
    }
    RecordsAhead ahead(records, *columns.value()); // judged and bound on another core, ahead of the writes
    for (qsizetype i = 0; i < records.size(); ++i) {
        auto outcome = importOne(records.at(i), ahead.take(i));
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
