// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/records/recordcheck.h"

#include "app/records/recordrules.h"
#include "app/store/migrator.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace akten::records {

RecordCheck::RecordCheck(store::Database scratch)
    : m_scratch(std::move(scratch))
    , m_statements(m_scratch)
    , m_writer(m_statements)
{ }

Result<std::unique_ptr<RecordCheck>> RecordCheck::create()
{
    auto scratch = store::Database::openPlain(u":memory:"_s, store::Database::Mode::CreateIfMissing);
    if (!scratch) {
        return scratch.error();
    }
    if (auto migrated = store::Migrator::bundled().migrate(scratch.value()); !migrated) {
        return migrated.error();
    }
    // What a record refers to is not in the scratch copy: references are listed, not enforced, here.
    if (auto off = scratch.value().exec(u"PRAGMA foreign_keys = OFF"_s); !off) {
        return off.error();
    }
    return std::unique_ptr<RecordCheck>(new RecordCheck(std::move(scratch).value()));
}

Result<QList<std::pair<QString, QString>>> RecordCheck::foreignKeys(const QString &table)
{
    if (const auto it = m_foreignKeys.constFind(table); it != m_foreignKeys.cend()) {
        return *it;
    }
    auto list = m_statements.get(u"SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?)"_s);
    if (!list) {
        return list.error();
    }
    list.value()->bind(1, table);
    QList<std::pair<QString, QString>> keys;
    if (auto read = store::eachRow(*list.value(),
            [&](const store::Statement &row) {
                keys.append({ row.text(0), row.text(1) });
            });
        !read) {
        return read.error();
    }
    m_foreignKeys.insert(table, keys);
    return keys;
}

Result<Judgement> RecordCheck::references(const RecordKind &kind, const QJsonObject &record)
{
    const QString key = record.value("key"_L1).toString();
    QList<std::pair<QString, QJsonObject>> rows { { kind.table, record.value("row"_L1).toObject() } };
    for (const ChildTable &child : kind.children) {
        for (const QJsonValue &row : record.value("children"_L1).toObject().value(child.table).toArray()) {
            rows.append({ child.table, row.toObject() });
        }
    }
    Judgement judgement;
    for (const auto &[table, row] : rows) {
        auto keys = foreignKeys(table);
        if (!keys) {
            return keys.error();
        }
        for (const auto &foreignKey : keys.value()) {
            const QString &column = foreignKey.first;
            const QString &parentTable = foreignKey.second; // not a structured binding: clang 14 cannot capture one
            const QJsonValue value = row.value(column);
            if (!value.isString() || (table != kind.table && value.toString() == key && parentTable == kind.table)) {
                continue; // NULL (the schema said whether it may be), or a child row naming its own record
            }
            const auto &kinds = recordKinds();
            const auto parent = std::find_if(
                kinds.cbegin(), kinds.cend(), [&](const RecordKind &k) { return k.table == parentTable; });
            if (parent == kinds.cend()) {
                return Judgement { u"%1.%2 refers to %3, which does not sync"_s.arg(table, column, parentTable), {} };
            }
            const Reference reference { parent->name, value.toString() };
            if (!judgement.references.contains(reference)) {
                judgement.references.append(reference);
            }
        }
    }
    return judgement;
}

Result<Judgement> RecordCheck::judge(const QJsonObject &record)
{
    if (QString breach = recordBreach(record); !breach.isEmpty()) {
        return Judgement { breach, {} };
    }
    const RecordKind &kind = *recordKind(record.value("kind"_L1).toString());
    if (auto saved = m_statements.run(u"SAVEPOINT record_check"_s); !saved) {
        return saved.error();
    }
    Status inserted = m_writer.insert(kind.table, record.value("row"_L1).toObject());
    if (inserted) {
        inserted = m_writer.insertChildren(kind, record);
    }
    if (auto undone = m_statements.run(u"ROLLBACK TO record_check"_s); !undone) {
        return undone.error();
    }
    if (auto released = m_statements.run(u"RELEASE record_check"_s); !released) {
        return released.error();
    }
    if (!inserted) {
        return Judgement { inserted.error().message, {} };
    }
    return references(kind, record);
}

} // namespace akten::records
