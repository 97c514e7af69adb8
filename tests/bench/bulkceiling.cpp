// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/bench/bulkceiling.h"

#include "tests/bench/benchsupport.h"

#include <QElapsedTimer>
#include <QRandomGenerator>

#include <sqlite3.h>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace akten::bench {

namespace {

void must(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE) {
        die(u"ceiling: %1: %2"_s.arg(QString::fromLatin1(what), QString::fromUtf8(sqlite3_errmsg(db))));
    }
}

Cell cellOf(const QVariant &value)
{
    if (value.isNull()) {
        return {};
    }
    if (value.typeId() == QMetaType::LongLong) {
        return { Cell::Type::Integer, value.toLongLong(), {} };
    }
    if (value.typeId() == QMetaType::QByteArray) {
        return { Cell::Type::Blob, 0, value.toByteArray() };
    }
    return { Cell::Type::Text, 0, value.toString().toUtf8() };
}

void bind(sqlite3_stmt *insert, int index, const Cell &cell)
{
    switch (cell.type) {
    case Cell::Type::Null:
        sqlite3_bind_null(insert, index);
        break;
    case Cell::Type::Integer:
        sqlite3_bind_int64(insert, index, cell.integer);
        break;
    case Cell::Type::Blob:
        sqlite3_bind_blob(insert, index, cell.bytes.constData(), int(cell.bytes.size()), SQLITE_STATIC);
        break;
    case Cell::Type::Text:
        sqlite3_bind_text(insert, index, cell.bytes.constData(), int(cell.bytes.size()), SQLITE_STATIC);
        break;
    }
}

} // namespace

std::vector<std::vector<Cell>> cellsOf(const CeilingTable &table)
{
    std::vector<std::vector<Cell>> rows;
    rows.reserve(size_t(table.rows.size()));
    for (const QVariantList &values : table.rows) {
        std::vector<Cell> &cells = rows.emplace_back();
        for (const QVariant &value : values) {
            cells.push_back(cellOf(value));
        }
    }
    return rows;
}

double bulkInsertCeiling(const QString &path, const QList<CeilingTable> &tables, int batch)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        die(u"ceiling: cannot open %1"_s.arg(path));
    }
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QByteArray key = "x'" + raw.toHex() + "'"; // a raw key, as the device store keys its file
    must(db, sqlite3_key(db, key.constData(), int(key.size())), "key");
    for (const char *sql : { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=OFF" }) {
        must(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql);
    }
    for (const CeilingTable &table : tables) {
        for (const QString &statement : table.schema) {
            must(db, sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr), "schema");
        }
    }
    double seconds = 0;
    for (const CeilingTable &table : tables) {
        QStringList marks;
        marks.fill(u"?"_s, table.columns.size());
        const QByteArray sql
            = u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table.name, table.columns.join(u", "_s), marks.join(u", "_s))
                  .toUtf8();
        sqlite3_stmt *insert = nullptr;
        must(db, sqlite3_prepare_v2(db, sql.constData(), -1, &insert, nullptr), "prepare");
        const std::vector<std::vector<Cell>> rows = cellsOf(table);
        QElapsedTimer timer;
        timer.start();
        for (size_t from = 0; from < rows.size(); from += size_t(batch)) {
            must(db, sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "begin");
            const size_t to = std::min(rows.size(), from + size_t(batch));
            for (size_t row = from; row < to; ++row) {
                const std::vector<Cell> &cells = rows[row];
                for (size_t i = 0; i < cells.size(); ++i) {
                    bind(insert, int(i) + 1, cells[i]);
                }
                must(db, sqlite3_step(insert), "insert");
                sqlite3_reset(insert);
            }
            must(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
        }
        seconds += double(timer.nsecsElapsed()) / 1e9;
        sqlite3_finalize(insert);
    }
    sqlite3_close_v2(db);
    return seconds;
}

} // namespace akten::bench
