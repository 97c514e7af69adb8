// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace akten::bench {

/** One table's schema (the statements that make it: its CREATE TABLE with its keys) and the rows to insert into it. */
struct CeilingTable
{
    QStringList schema;
    QString name;
    QStringList columns;
    QList<QVariantList> rows;
};

/**
 * A value as SQLite takes it (text as UTF-8), converted from a CeilingTable row before any clock starts, so no Qt
 * conversion is timed: the ceiling binds it with the sqlite3 C API, the floor (storeinserts.h) with store::Statement.
 */
struct Cell
{
    enum class Type { Null, Integer, Blob, Text } type = Type::Null;
    qint64 integer = 0;
    QByteArray bytes;
};

/** A table's rows as cells, in the same order. */
[[nodiscard]] std::vector<std::vector<Cell>> cellsOf(const CeilingTable &table);

/**
 * The ceiling a bulk load into an encrypted store can reach on this machine: the rows inserted with the sqlite3 C API
 * alone (no Akten code) into a fresh keyed SQLCipher file with the tables as `schema` makes them, WAL,
 * synchronous=FULL, `batch` rows per transaction. Returns the seconds spent in the inserts and commits (schema and
 * keying not counted).
 */
[[nodiscard]] double bulkInsertCeiling(const QString &path, const QList<CeilingTable> &tables, int batch);

} // namespace akten::bench
