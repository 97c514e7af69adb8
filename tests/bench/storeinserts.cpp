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
namespace {

struct Utf8
{
    QByteArray bytes;
};

} // namespace

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
        QList<QVariantList> cells = table.rows; // text as UTF-8 before the clock starts, as the ceiling has it
        for (QVariantList &values : cells) {
            for (QVariant &v : values) {
                if (!v.isNull() && v.typeId() == QMetaType::QString) {
                    v = QVariant::fromValue(Utf8 { v.toString().toUtf8() });
                }
            }
        }
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
            const qsizetype to = std::min(table.rows.size(), from + batch);
            for (qsizetype row = from; row < to; ++row) {
                const QVariantList &values = cells.at(row);
                for (int i = 0; i < values.size(); ++i) {
                    const QVariant &v = values.at(i);
                    if (v.isNull()) {
                        insert.bindNull(i + 1);
                    } else if (v.typeId() == QMetaType::LongLong) {
                        insert.bind(i + 1, v.toLongLong());
                    } else if (v.typeId() == QMetaType::QByteArray) {
                        insert.bind(i + 1, v.toByteArray());
                    } else {
                        insert.bindUtf8(i + 1, v.value<Utf8>().bytes); // converted before the clock starts
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
