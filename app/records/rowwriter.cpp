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

Result<QStringList> RowWriter::columnsOf(const QString &table)
{
    if (const auto it = m_columns.constFind(table); it != m_columns.cend()) {
        return *it;
    }
    auto info = m_statements.get(u"SELECT name FROM pragma_table_info(?)"_s);
    if (!info) {
        return info.error();
    }
    info.value()->bind(1, table);
    QStringList columns;
    if (auto read = store::eachRow(*info.value(), [&](const store::Statement &row) { columns << row.text(0); });
        !read) {
        return read.error();
    }
    m_columns.insert(table, columns);
    return columns;
}

Status RowWriter::insert(const QString &table, const QJsonObject &row, const QString &conflictClause)
{
    const auto columns = columnsOf(table);
    if (!columns) {
        return columns.error();
    }
    const QStringList names = row.keys();
    for (const QString &name : names) {
        if (!columns.value().contains(name)) {
            return Error { ErrorCode::InvalidInput, u"%1 has no column '%2'"_s.arg(table, name) };
        }
    }
    QStringList placeholders;
    placeholders.fill(u"?"_s, names.size());
    auto insert = m_statements.get(u"INSERT INTO %1 (%2) VALUES (%3)%4"_s.arg(
        table, names.join(u", "_s), placeholders.join(u", "_s), conflictClause));
    if (!insert) {
        return insert.error();
    }
    for (int i = 0; i < names.size(); ++i) {
        if (!bindJson(*insert.value(), i + 1, row.value(names.at(i)))) {
            return Error { ErrorCode::InvalidInput, u"%1.%2 has a value of the wrong form"_s.arg(table, names.at(i)) };
        }
    }
    return insert.value()->run();
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
