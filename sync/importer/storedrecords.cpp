// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/importer/storedrecords.h"

#include "app/records/recordcodec.h"
#include "app/store/statementcache.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace akten::sync {

using records::ChildTable;
using records::RecordKind;
using store::Statement;

StoredRecords::StoredRecords(store::StatementCache &statements)
    : m_statements(statements)
{ }

Result<std::optional<QJsonObject>> StoredRecords::find(const RecordKind &kind, const QString &key)
{
    if (key.count(u':') != kind.keyColumns.size() - 1) {
        return Error { ErrorCode::InvalidInput, u"malformed key for %1"_s.arg(kind.name) };
    }
    auto row = readRow(kind, key);
    if (!row || !row.value()) {
        return row;
    }
    QJsonObject record { { u"kind"_s, kind.name }, { u"key"_s, key }, { u"row"_s, *row.value() } };
    QJsonObject children;
    for (const ChildTable &child : kind.children) {
        auto rows = readChildren(child, key);
        if (!rows) {
            return rows.error();
        }
        QJsonArray array;
        for (const QJsonObject &childRow : rows.value()) {
            array.append(childRow);
        }
        children.insert(child.table, array);
    }
    if (!kind.children.isEmpty()) {
        record.insert(u"children"_s, children);
    }
    return std::optional<QJsonObject>(record);
}

Result<std::optional<QJsonObject>> StoredRecords::readRow(const RecordKind &kind, const QString &key)
{
    // One prepared statement per table, its SQL text built once: an import looks up every record it receives.
    store::Statement *&select = m_byKey[kind.table];
    if (!select) {
        QStringList conditions;
        for (const QString &column : kind.keyColumns) {
            conditions << column + u" = ?"_s;
        }
        auto prepared = m_statements.get(u"SELECT * FROM %1 WHERE %2"_s.arg(kind.table, conditions.join(u" AND "_s)));
        if (!prepared) {
            return prepared.error();
        }
        select = prepared.value();
    }
    select->reset();
    if (kind.keyColumns.size() == 1 && kind.keyColumns.constFirst() != "seq"_L1) {
        select->bind(1, key);
    } else {
        const QStringList keyValues = key.split(u':');
        for (int i = 0; i < keyValues.size(); ++i) {
            bool isNumber = false;
            const qint64 number = keyValues.at(i).toLongLong(&isNumber);
            if (kind.keyColumns.at(i) == "seq"_L1 && isNumber) {
                select->bind(i + 1, number);
            } else {
                select->bind(i + 1, keyValues.at(i));
            }
        }
    }
    auto found = select->step();
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return std::optional<QJsonObject>();
    }
    std::optional<QJsonObject> row = records::rowJson(*select);
    select->reset();
    return row;
}

Result<QList<QJsonObject>> StoredRecords::readChildren(const ChildTable &child, const QString &key)
{
    auto query
        = m_statements.get(u"SELECT * FROM %1 WHERE %2 = ? ORDER BY 1, 2"_s.arg(child.table, child.parentColumn));
    if (!query) {
        return query.error();
    }
    query.value()->bind(1, key);
    QList<QJsonObject> rows;
    if (auto read = eachRow(*query.value(), [&](const Statement &row) { rows.append(records::rowJson(row)); }); !read) {
        return read.error();
    }
    return rows;
}

} // namespace akten::sync
