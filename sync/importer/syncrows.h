// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/records/recordkinds.h"
#include "app/records/rowwriter.h"
#include "app/store/statementcache.h"
#include "sync/importer/recordsahead.h"
#include "sync/importer/storedrecords.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <map>
#include <optional>

namespace akten::store {
class Database;
}

namespace akten::sync {

/** One record waiting in this device's outbox, in upload order. */
struct OutboxEntry
{
    qint64 deviceSeq = 0;
    QString kind;
    QString key;
};

/** What happened to one incoming record. */
struct ImportOutcome
{
    enum class Status { Accepted, Duplicate, Rejected };
    QString key;
    Status status = Status::Rejected;
    QString reason; ///< English, for rejected records (never the record's content)
};

/**
 * The tablet's importer and exporter of records as they travel (records/recordcodec.h), generic over every kind in
 * records::recordKinds(). Export reads a stored record; import judges it by records::recordBreach() (the rules the
 * central store applies too), writes it through records::RowWriter if new, and reports a duplicate only if the stored
 * record is identical (same key, other content = rejected; except master data, whose newer version replaces the
 * stored one).
 * Audit events must continue their device's chain (no gap, no fork)
 * and advance that device's head anchor, so the chain can be verified here as on the device. Same thread as its
 * Database.
 */
class SyncRows
{
public:
    explicit SyncRows(store::Database &db);

    /** Outbox entries after `afterSeq`, oldest first, at most `limit`. */
    [[nodiscard]] Result<QList<OutboxEntry>> pending(qint64 afterSeq, int limit) const;
    [[nodiscard]] Result<QJsonObject> exportRecord(const QString &kind, const QString &key) const;
    /** Every master data record held here (records::MergeClass::Master kinds in records::recordKinds() order, by key).
     */
    [[nodiscard]] Result<QList<QJsonObject>> exportMaster() const;
    /**
     * Applies incoming records in one transaction; one bad record does not stop the others and leaves nothing of
     * itself (a record of several writes — child rows, an audit head, a master replace — in its own savepoint, a
     * single INSERT undone by SQLite's statement rollback); they are not queued for upload again. `alsoInTransaction`
     * runs before the commit with the outcomes so far (e.g. to advance the download cursor together with the records);
     * if it fails, nothing is kept. Fails as a whole only if the store itself fails.
     */
    [[nodiscard]] Result<QList<ImportOutcome>> importRecords(const QList<QJsonObject> &records,
        const std::function<Status(const QList<ImportOutcome> &)> &alsoInTransaction = {});
    /**
     * Day notes written before `cutoffMs` (core::dayNotePurgeCutoffMs) are not stored by importRecords() (they count
     * as duplicates: this device purged them, or would at once). 0 (the default): every note is stored.
     */
    void skipDayNotesWrittenBefore(qint64 cutoffMs) { m_dayNoteCutoffMs = cutoffMs; }

private:
    /** The record's outcome; an error only if the store failed (the import fails as a whole). */
    [[nodiscard]] Result<ImportOutcome> importOne(const QJsonObject &record, const IncomingRecord &incoming);
    /** A fact without child rows: one INSERT. */
    [[nodiscard]] Result<ImportOutcome> importFact(const QJsonObject &record, const IncomingRecord &incoming);
    /** The record's writes (row, audit head, child rows), which the caller undoes together if one fails. */
    [[nodiscard]] Status writeRecord(const IncomingRecord &incoming, bool replace);
    [[nodiscard]] Status replaceMasterRow(const records::RecordKind &kind, const IncomingRecord &incoming);
    /** The columns of every table a record kind writes (its own and its child tables), for RecordsAhead: read once. */
    [[nodiscard]] Result<const std::map<QString, QStringList> *> tableColumns();
    /** An incoming audit event must continue its device's chain here: next seq, previous hash = the head's. */
    [[nodiscard]] Status checkChainLink(const QJsonObject &row) const;
    [[nodiscard]] Status advanceHead(const QJsonObject &row);

    store::Database &m_db;
    /** Kept for this object's life: an import runs the same few statements thousands of times. */
    mutable store::StatementCache m_statements;
    mutable StoredRecords m_stored;
    records::RowWriter m_writer;
    qint64 m_dayNoteCutoffMs = 0;
    std::optional<std::map<QString, QStringList>> m_columns; ///< tableColumns(), once read
};

} // namespace akten::sync
