// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace akten::records {

/** One value as SQLite binds it: converted from its travelling form (recordcodec.h) once, before any statement. */
struct Cell
{
    enum class Type { Null, Integer, Text, Blob } type = Type::Null;
    qint64 integer = 0;
    QByteArray bytes; ///< Text: UTF-8; Blob: the decoded bytes
};

/**
 * A travelling row in the form an INSERT binds it: which of the table's columns it carries and their values, in the
 * table's column order. Pure (no store, no shared state), so an importer can build rows on another thread than the
 * one that writes them. A row that cannot be written (a column the table lacks, a value with no travelling form)
 * carries the reason instead, exactly as RowWriter reports it.
 */
struct BoundRow
{
    std::string present; ///< '1' for each of the table's columns the row carries, '0' for the others
    std::vector<Cell> cells; ///< the values present, in the table's column order
    QString error; ///< why the row cannot be written; empty if it can

    /** `row` for `table`, whose columns (in the table's order) are `columns`. */
    [[nodiscard]] static BoundRow of(const QString &table, const QStringList &columns, const QJsonObject &row);
};

} // namespace akten::records
