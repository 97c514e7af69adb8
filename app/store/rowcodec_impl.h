// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/store/database.h"

namespace akten::store {

template<typename T, typename Read>
Result<QList<T>> queryList(Database &db, const QString &sql, const QStringList &params, const QString &table, Read read)
{
    auto statement = db.prepare(sql);
    if (!statement) {
        return statement.error();
    }
    for (int i = 0; i < params.size(); ++i) {
        statement.value().bind(i + 1, params.at(i));
    }
    QList<T> rows;
    for (;;) {
        auto row = statement.value().step();
        if (!row) {
            return row.error();
        }
        if (!row.value()) {
            return rows;
        }
        RowReader reader(statement.value());
        T value = read(reader);
        if (!reader.ok()) {
            return reader.error(table);
        }
        rows.append(std::move(value));
    }
}

} // namespace akten::store
