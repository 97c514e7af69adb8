// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/result.h"
#include "store/recordkinds.h"
#include "store/statement.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <map>

namespace akten::store {

class Database;

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
 * Records as they travel between a device and the central store, generic over every kind in recordKinds(): a
 * record is {"kind", "key", "row": {column: value}, "children": {table: [row, …]}} with integers as JSON numbers,
 * text as strings, blobs as {"b64": "…"} and NULL as null. Export reads a stored record; import checks it against the
 * table's real columns and the kind's key, inserts it if new, and reports a duplicate only if the stored record is
 * identical (same key, other content = rejected; except master data, whose newer version replaces the stored one).
 * Audit events must continue their device's chain (no gap, no fork)
 * and advance that device's head anchor, so the chain can be verified here as on the device. Same thread as its
 * Database.
 */
class SyncRows
{
public:
    explicit SyncRows(Database &db);

    /** Outbox entries after `afterSeq`, oldest first, at most `limit`. */
    [[nodiscard]] Result<QList<OutboxEntry>> pending(qint64 afterSeq, int limit) const;
    [[nodiscard]] Result<QJsonObject> exportRecord(const QString &kind, const QString &key) const;
    /** Every master data record held here (MergeClass::Master kinds in recordKinds() order, by key). */
    [[nodiscard]] Result<QList<QJsonObject>> exportMaster() const;
    /**
     * Applies incoming records in one transaction, each in its own savepoint so one bad record does not stop the
     * others; they are not queued for upload again. `alsoInTransaction` runs before the commit with the outcomes so
     * far (e.g. to advance the download cursor together with the records); if it fails, nothing is kept. Fails as a
     * whole only if the store itself fails.
     */
    [[nodiscard]] Result<QList<ImportOutcome>> importRecords(const QList<QJsonObject> &records,
        const std::function<Status(const QList<ImportOutcome> &)> &alsoInTransaction = {});
    /**
     * Day notes written before `cutoffMs` (core::dayNotePurgeCutoffMs) are not stored by importRecords() (they count
     * as duplicates: this device purged them, or would at once). 0 (the default): every note is stored.
     */
    void skipDayNotesWrittenBefore(qint64 cutoffMs) { m_dayNoteCutoffMs = cutoffMs; }

private:
    [[nodiscard]] Result<QStringList> columnsOf(const QString &table) const;
    [[nodiscard]] Result<QJsonObject> readRow(
        const QString &table, const QStringList &keyColumns, const QStringList &keyValues) const;
    [[nodiscard]] Result<QList<QJsonObject>> readChildren(const ChildTable &child, const QString &key) const;
    [[nodiscard]] ImportOutcome importOne(const QJsonObject &record);
    /** Inserts a row of the table's real columns; `conflictClause` (our own SQL) may turn it into an upsert. */
    [[nodiscard]] Status insertRow(const QString &table, const QJsonObject &row, const QString &conflictClause = {});
    [[nodiscard]] Status replaceMasterRow(const RecordKind &kind, const QJsonObject &row, const QString &key);
    /** An incoming audit event must continue its device's chain here: next seq, previous hash = the head's. */
    [[nodiscard]] Status checkChainLink(const QJsonObject &row) const;
    [[nodiscard]] Status advanceHead(const QJsonObject &row);

    /** A prepared statement kept for this object's life (an import runs the same few thousands of times), reset. */
    [[nodiscard]] Result<Statement *> cached(const QString &sql) const;
    [[nodiscard]] Status runCached(const QString &sql) const;

    Database &m_db;
    mutable QHash<QString, QStringList> m_columns;
    mutable std::map<QString, Statement> m_statements;
    qint64 m_dayNoteCutoffMs = 0;
};

} // namespace akten::store
