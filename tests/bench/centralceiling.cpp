// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/bench/centralceiling.h"

#include "tests/bench/benchsupport.h"
#include "tests/support/centralfixture.h"

#include "app/store/statement.h"

using namespace Qt::StringLiterals;

namespace akten::bench {

CeilingTable centralLogCeiling(const QString &centralDir, store::KeyProvider &keys, const QString &deviceId)
{
    auto db = must(test::openEmbeddedCentral(centralDir, keys), "central store");
    CeilingTable table;
    table.name = u"records"_s;
    auto schema = must(
        db.prepare(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND tbl_name = 'records'"_s), "central schema");
    while (must(schema.step(), "central schema row")) {
        table.schema << schema.text(0);
    }
    table.columns = QStringList { u"unit_id"_s, u"kind"_s, u"record_key"_s, u"device_id"_s, u"device_seq"_s, u"body"_s,
        u"received_ms"_s };
    auto rows = must(
        db.prepare(u"SELECT %1 FROM records WHERE device_id = ? ORDER BY position"_s.arg(table.columns.join(u", "_s))),
        "central rows");
    rows.bind(1, deviceId);
    while (must(rows.step(), "central row")) {
        table.rows.append(
            { rows.text(0), rows.text(1), rows.text(2), rows.text(3), rows.int64(4), rows.text(5), rows.int64(6) });
    }
    return table;
}

} // namespace akten::bench
