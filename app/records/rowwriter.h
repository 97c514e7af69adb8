// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/records/boundrow.h"
#include "app/records/recordkinds.h"

#include <QJsonObject>
#include <QStringList>

#include <map>
#include <string>

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
    /** Inserts a row already bound for the table's columns (columnsOf()), e.g. on another thread; else as above. */
    [[nodiscard]] Status insert(const QString &table, const BoundRow &row, const QString &conflictClause = {});
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
    /** Binds the row's cells to its INSERT and runs it (or returns the row's own refusal). */
    [[nodiscard]] Status insertBound(
        const QString &table, Table &shape, const BoundRow &row, const QString &conflictClause);
    [[nodiscard]] Result<store::Statement *> insertFor(
        const QString &table, Table &shape, const std::string &present, const QString &conflictClause);

    store::StatementCache &m_statements;
    std::map<QString, Table> m_tables;
};

} // namespace akten::records
