// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/records/rowwriter.h"

#include "app/records/recordcodec.h"
#include "app/store/statementcache.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace akten::records {

RowWriter::RowWriter(store::StatementCache &statements)
    : m_statements(statements)
{ }

Result<RowWriter::Table *> RowWriter::tableOf(const QString &table)
{
    if (const auto it = m_tables.find(table); it != m_tables.end()) {
        return &it->second;
    }
    auto info = m_statements.get(u"SELECT name FROM pragma_table_info(?)"_s);
    if (!info) {
        return info.error();
    }
    info.value()->bind(1, table);
    Table shape;
    if (auto read = store::eachRow(*info.value(), [&](const store::Statement &row) { shape.columns << row.text(0); });
        !read) {
        return read.error();
    }
    return &m_tables.emplace(table, std::move(shape)).first->second;
}

Result<QStringList> RowWriter::columnsOf(const QString &table)
{
    auto shape = tableOf(table);
    if (!shape) {
        return shape.error();
    }
    return shape.value()->columns;
}

Result<store::Statement *> RowWriter::insertFor(
    const QString &table, Table &shape, const std::string &present, const QString &conflictClause)
{
    auto &byColumns = shape.inserts[conflictClause];
    if (const auto it = byColumns.find(std::string_view(present)); it != byColumns.end()) {
        return it->second;
    }
    QStringList names;
    for (qsizetype i = 0; i < shape.columns.size(); ++i) {
        if (present[size_t(i)] == '1') {
            names << shape.columns.at(i);
        }
    }
    QStringList placeholders;
    placeholders.fill(u"?"_s, names.size());
    auto prepared = m_statements.get(u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(
        table, names.join(u", "_s), placeholders.join(u", "_s), conflictClause));
    if (!prepared) {
        return prepared.error();
    }
    byColumns.emplace(present, prepared.value());
    return prepared.value();
}

Status RowWriter::insert(const QString &table, const QJsonObject &row, const QString &conflictClause)
{
    auto found = tableOf(table);
    if (!found) {
        return found.error();
    }
    return insertBound(table, *found.value(), BoundRow::of(table, found.value()->columns, row), conflictClause);
}

Status RowWriter::insert(const QString &table, const BoundRow &row, const QString &conflictClause)
{
    auto found = tableOf(table);
    if (!found) {
        return found.error();
    }
    if (row.present.size() != size_t(found.value()->columns.size())) {
        return Error { ErrorCode::Internal, u"a row bound for another shape of %1"_s.arg(table) };
    }
    return insertBound(table, *found.value(), row, conflictClause);
}

Status RowWriter::insertBound(const QString &table, Table &shape, const BoundRow &row, const QString &conflictClause)
{
    if (!row.error.isEmpty()) {
        return Error { ErrorCode::InvalidInput, row.error };
    }
    auto insert = insertFor(table, shape, row.present, conflictClause);
    if (!insert) {
        return insert.error();
    }
    store::Statement &statement = *insert.value();
    statement.reset();
    for (size_t i = 0; i < row.cells.size(); ++i) {
        const Cell &cell = row.cells[i];
        const int index = int(i) + 1;
        switch (cell.type) {
        case Cell::Type::Null:
            statement.bindNull(index);
            break;
        case Cell::Type::Integer:
            statement.bind(index, cell.integer);
            break;
        case Cell::Type::Text:
            statement.bindUtf8(index, cell.bytes);
            break;
        case Cell::Type::Blob:
            statement.bind(index, cell.bytes);
            break;
        }
    }
    return statement.run();
}

Status RowWriter::insertChildren(const RecordKind &kind, const QJsonObject &record)
{
    const QJsonObject children = record.value("children"_L1).toObject();
    for (const ChildTable &child : kind.children) {
        for (const QJsonValue &childRow : children.value(child.table).toArray()) {
            if (auto inserted = insert(child.table, childRow.toObject()); !inserted) {
                return inserted;
            }
        }
    }
    return {};
}

} // namespace akten::records
