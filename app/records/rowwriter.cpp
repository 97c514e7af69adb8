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

Result<store::Statement *> RowWriter::insertFor(const QString &table, Table &shape, const QString &conflictClause)
{
    auto &byColumns = shape.inserts[conflictClause];
    if (const auto it = byColumns.find(std::string_view(m_present)); it != byColumns.end()) {
        return it->second;
    }
    QStringList names;
    for (qsizetype i = 0; i < shape.columns.size(); ++i) {
        if (m_present[size_t(i)] == '1') {
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
    byColumns.emplace(m_present, prepared.value());
    return prepared.value();
}

Status RowWriter::insert(const QString &table, const QJsonObject &row, const QString &conflictClause)
{
    auto found = tableOf(table);
    if (!found) {
        return found.error();
    }
    Table &shape = *found.value();
    m_present.assign(size_t(shape.columns.size()), '0');
    m_values.clear();
    for (qsizetype i = 0; i < shape.columns.size(); ++i) {
        if (QJsonValue value = row.value(shape.columns.at(i)); !value.isUndefined()) {
            m_present[size_t(i)] = '1';
            m_values.push_back(std::move(value));
        }
    }
    if (qsizetype(m_values.size()) != row.size()) {
        for (const QString &name : row.keys()) {
            if (!shape.columns.contains(name)) {
                return Error { ErrorCode::InvalidInput, u"%1 has no column '%2'"_s.arg(table, name) };
            }
        }
    }
    auto insert = insertFor(table, shape, conflictClause);
    if (!insert) {
        return insert.error();
    }
    store::Statement &statement = *insert.value();
    statement.reset();
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (!bindJson(statement, int(i) + 1, m_values[i])) {
            return wrongForm(table, shape, statement);
        }
    }
    return statement.run();
}

Error RowWriter::wrongForm(const QString &table, const Table &shape, store::Statement &insert) const
{
    QStringList wrong;
    for (size_t i = 0, value = 0; i < m_present.size(); ++i) {
        if (m_present[i] == '1' && !bindJson(insert, 1, m_values[value++])) {
            wrong << shape.columns.at(qsizetype(i));
        }
    }
    wrong.sort(); // the row's own order, as it was always reported
    insert.reset();
    return Error { ErrorCode::InvalidInput, u"%1.%2 has a value of the wrong form"_s.arg(table, wrong.value(0)) };
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
