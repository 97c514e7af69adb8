// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/bench/ceilingrows.h"

#include "tests/bench/benchcentral.h"

#include "app/records/recordkinds.h"
#include "app/store/database.h"
#include "app/store/statement.h"

using namespace Qt::StringLiterals;

namespace akten::bench {

QList<CeilingTable> downloadedTables(store::Database &filled)
{
    QStringList names;
    for (const records::RecordKind &kind : records::recordKinds()) {
        if (kind.merge != records::MergeClass::Master && kind.merge != records::MergeClass::Audit) {
            names << kind.table;
            for (const records::ChildTable &child : kind.children) {
                names << child.table;
            }
        }
    }
    QList<CeilingTable> tables;
    for (const QString &name : std::as_const(names)) {
        CeilingTable &table = tables.emplace_back();
        table.name = name;
        auto schema
            = must(filled.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND tbl_name = ?"_s), "schema");
        schema.bind(1, name);
        while (must(schema.step(), "schema row")) {
            table.schema << schema.text(0);
        }
        auto read = must(filled.prepare(u"SELECT * FROM %1"_s.arg(name)), "read back");
        for (int i = 0; i < read.columnCount(); ++i) {
            table.columns << read.columnName(i);
        }
        while (must(read.step(), "read row")) {
            QVariantList values;
            for (int i = 0; i < table.columns.size(); ++i) {
                const auto type = read.type(i);
                values << (type == store::Statement::Type::Integer ? QVariant(read.int64(i))
                        : type == store::Statement::Type::Blob     ? QVariant(read.blob(i))
                        : type == store::Statement::Type::Null     ? QVariant()
                                                                   : QVariant(read.text(i)));
            }
            table.rows << values;
        }
    }
    return tables;
}

qint64 rowCount(const QList<CeilingTable> &tables)
{
    qint64 rows = 0;
    for (const CeilingTable &table : tables) {
        rows += table.rows.size();
    }
    return rows;
}

} // namespace akten::bench
