// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/closedcaseguard.h"

#include "app/store/database.h"
#include "app/store/statement.h"

using namespace Qt::StringLiterals;

namespace akten::store {

Result<QStringList> closedCaseGuardedTables(Database &db)
{
    auto query
        = db.prepare(u"SELECT t.name FROM sqlite_master t WHERE t.type = 'table' AND t.name <> 'audit_events' "
                     "AND EXISTS (SELECT 1 FROM sqlite_master q WHERE q.type = 'trigger' AND q.tbl_name = t.name "
                     "            AND q.name = 'sync_queue_' || t.name) "
                     "AND EXISTS (SELECT 1 FROM pragma_table_info(t.name) c WHERE c.name = 'resident_id') "
                     "AND EXISTS (SELECT 1 FROM sqlite_master c WHERE c.type = 'table' AND c.name = 'case_closures') "
                     "ORDER BY t.name"_s);
    if (!query) {
        return query.error();
    }
    QStringList tables;
    if (auto read = eachRow(query.value(), [&](const Statement &row) { tables << row.text(0); }); !read) {
        return read.error();
    }
    return tables;
}

Status installClosedCaseGuards(Database &db)
{
    auto tables = closedCaseGuardedTables(db);
    if (!tables) {
        return tables.error();
    }
    for (const QString &table : tables.value()) {
        // Table names come from the schema (sqlite_master), never from input.
        const QString sql = u"CREATE TRIGGER IF NOT EXISTS closed_case_%1 BEFORE INSERT ON %1 "
                            "WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL "
                            "AND EXISTS (SELECT 1 FROM case_closures c WHERE c.resident_id = NEW.resident_id) "
                            "BEGIN SELECT RAISE(ABORT, 'closed case: %1'); END"_s.arg(table);
        if (auto made = db.exec(sql); !made) {
            return made;
        }
    }
    return {};
}

} // namespace akten::store
