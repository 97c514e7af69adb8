// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

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
 * The ceiling a bulk load into an encrypted store can reach on this machine: the rows inserted with the sqlite3 C API
 * alone (no Akten code) into a fresh keyed SQLCipher file with the tables as `schema` makes them, WAL,
 * synchronous=FULL, `batch` rows per transaction. Returns the seconds spent in the inserts and commits (schema and
 * keying not counted).
 */
[[nodiscard]] double bulkInsertCeiling(const QString &path, const QList<CeilingTable> &tables, int batch);

} // namespace akten::bench
