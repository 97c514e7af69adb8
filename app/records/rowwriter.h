// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/records/recordkinds.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <map>
#include <string>
#include <vector>

namespace akten::store {
class Statement;
class StatementCache;
} // namespace akten::store

namespace akten::records {

/**
 * Writes travelling rows (recordcodec.h) into tables of the tablet schema: only the table's real columns, each value
 * in its travelling form; the schema itself (STRICT types, NOT NULL, CHECK, foreign keys where they are on) judges
 * the rest. Used by the tablet's importer and by RecordCheck's trial insert, so both apply the same rules. Each
 * table's columns are read once and its INSERT prepared once per set of columns a row carries (an import writes
 * thousands of rows of the same shape), so a row costs its lookups and bindings only. Same thread as the cache's
 * Database.
 */
class RowWriter
{
public:
    explicit RowWriter(store::StatementCache &statements);

    /** Inserts a row; `conflictClause` (our own SQL, never a record's) may turn it into an upsert. */
    [[nodiscard]] Status insert(const QString &table, const QJsonObject &row, const QString &conflictClause = {});
    /** Inserts the record's child rows (recordBreach() has checked that they belong to it). */
    [[nodiscard]] Status insertChildren(const RecordKind &kind, const QJsonObject &record);
    [[nodiscard]] Result<QStringList> columnsOf(const QString &table);

private:
    /** One table: its columns in the table's order, and its INSERTs by conflict clause, then by the columns present. */
    struct Table
    {
        QStringList columns;
        std::map<QString, std::map<std::string, store::Statement *, std::less<>>> inserts;
    };
    [[nodiscard]] Result<Table *> tableOf(const QString &table);
    [[nodiscard]] Result<store::Statement *> insertFor(
        const QString &table, Table &shape, const QString &conflictClause);
    /** Why the row cannot be bound (the first column in name order whose value has no travelling form). */
    [[nodiscard]] Error wrongForm(const QString &table, const Table &shape, store::Statement &insert) const;

    store::StatementCache &m_statements;
    std::map<QString, Table> m_tables;
    /** The current row: '1' for each column present ('0' absent), and the values present, in the table's order. */
    std::string m_present;
    std::vector<QJsonValue> m_values;
};

} // namespace akten::records
