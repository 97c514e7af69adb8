// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/bench/storeinserts.h"

#include "tests/bench/benchcentral.h"

#include "app/store/bulkload.h"
#include "app/store/database.h"
#include "app/store/statement.h"
#include "app/store/transaction.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::bench {

double storeInsertSeconds(store::Database &db, const QList<CeilingTable> &tables, int batch, StoreLoad load)
{
    QStringList names;
    for (const CeilingTable &table : tables) {
        names << table.name;
    }
    const bool guarded = load == StoreLoad::Guarded;
    QElapsedTimer timer;
    double seconds = 0;
    if (guarded) {
        timer.start();
        store::Transaction tx(db);
        must(tx.start(), "floor begin");
        must(store::BulkLoad(db).begin(names), "floor load");
        must(tx.commit(), "floor load commit");
        seconds += double(timer.nsecsElapsed()) / 1e9;
    }
    qsizetype last = tables.size() - 1; // the last table with rows: its last batch closes the load
    while (last > 0 && tables.at(last).rows.isEmpty()) {
        --last;
    }
    for (qsizetype t = 0; t < tables.size(); ++t) {
        const CeilingTable &table = tables.at(t);
        QStringList marks;
        marks.fill(u"?"_s, table.columns.size());
        const std::vector<std::vector<Cell>> rows = cellsOf(table); // converted as the ceiling converts them
        auto insert = must(db.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                               table.name, table.columns.join(u", "_s), marks.join(u", "_s))),
            "store insert");
        for (qsizetype from = 0; from < table.rows.size(); from += batch) {
            timer.start();
            store::Transaction tx(db);
            must(tx.start(), "store begin");
            if (guarded) {
                must(db.exec(u"INSERT INTO device_state (key, value) VALUES ('sync.applying', '1')"_s), "flag");
            }
            const size_t to = std::min(rows.size(), size_t(from + batch));
            for (size_t row = size_t(from); row < to; ++row) {
                const std::vector<Cell> &cells = rows[row];
                for (size_t i = 0; i < cells.size(); ++i) {
                    const Cell &cell = cells[i];
                    const int index = int(i) + 1;
                    switch (cell.type) {
                    case Cell::Type::Null:
                        insert.bindNull(index);
                        break;
                    case Cell::Type::Integer:
                        insert.bind(index, cell.integer);
                        break;
                    case Cell::Type::Blob:
                        insert.bind(index, cell.bytes);
                        break;
                    case Cell::Type::Text:
                        insert.bindUtf8(index, cell.bytes);
                        break;
                    }
                }
                must(insert.run(), "store row");
                insert.reset();
            }
            if (guarded) {
                must(db.exec(u"DELETE FROM device_state WHERE key = 'sync.applying'"_s), "unflag");
                if (t == last && from + batch >= table.rows.size()) {
                    must(store::BulkLoad(db).finish(), "floor finish");
                }
            }
            must(tx.commit(), "store commit");
            seconds += double(timer.nsecsElapsed()) / 1e9;
        }
    }
    return seconds;
}

} // namespace akten::bench
