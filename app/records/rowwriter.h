// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/records/recordkinds.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace akten::store {
class StatementCache;
}

namespace akten::records {

/**
 * Writes travelling rows (recordcodec.h) into tables of the tablet schema: only the table's real columns, each value
 * in its travelling form; the schema itself (STRICT types, NOT NULL, CHECK, foreign keys where they are on) judges
 * the rest. Used by the tablet's importer and by RecordCheck's trial insert, so both apply the same rules. Same
 * thread as the cache's Database.
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
    store::StatementCache &m_statements;
    QHash<QString, QStringList> m_columns;
};

} // namespace akten::records
