// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/bulkload.h"

#include "app/store/database.h"
#include "app/store/statement.h"

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

/** SQLite's own default page cache (-2000: 2000 KiB), the size the store works with outside a load. */
constexpr int kDefaultCacheKiB = 2000;

/** The triggers that keep `journal_search` up to date row by row (migration 0008); finish() rebuilds it whole. */
const QStringList &searchTriggers()
{
    static const QStringList names { u"journal_entries_search"_s, u"corrections_search"_s };
    return names;
}

struct Deferred
{
    QString name, type, sql;
};

Result<QList<Deferred>> droppable(Database &db, const QStringList &tables)
{
    // Only indexes made by CREATE INDEX (origin 'c') that are not unique: a unique index is a constraint.
    auto query = db.prepare(u"SELECT m.name, m.type, m.sql FROM sqlite_master m "
                            "JOIN pragma_index_list(m.tbl_name) i ON i.name = m.name "
                            "WHERE m.type = 'index' AND m.tbl_name = ?1 AND i.origin = 'c' AND i.\"unique\" = 0 "
                            "UNION ALL SELECT name, type, sql FROM sqlite_master WHERE type = 'trigger' "
                            "AND tbl_name = ?1 AND name IN (?2, ?3) ORDER BY 1"_s);
    if (!query) {
        return query.error();
    }
    QList<Deferred> found;
    for (const QString &table : tables) {
        query.value().bind(1, table).bind(2, searchTriggers().at(0)).bind(3, searchTriggers().at(1));
        if (auto read = eachRow(query.value(),
                [&](const Statement &row) {
                    found.append({ row.text(0), row.text(1), row.text(2) });
                });
            !read) {
            return read.error();
        }
        query.value().reset();
    }
    return found;
}

} // namespace

BulkLoad::BulkLoad(Database &db)
    : m_db(db)
{ }

Result<bool> BulkLoad::open() const
{
    auto query = m_db.prepare(u"SELECT EXISTS (SELECT 1 FROM deferred_schema)"_s);
    if (!query) {
        return query.error();
    }
    auto row = query.value().step();
    if (!row) {
        return row.error();
    }
    return row.value() && query.value().int64(0) == 1;
}

Status BulkLoad::begin(const QStringList &tables)
{
    const auto already = open();
    if (!already || already.value()) {
        return already ? Status {} : Status { already.error() };
    }
    auto deferred = droppable(m_db, tables);
    if (!deferred) {
        return deferred.error();
    }
    auto keep = m_db.prepare(u"INSERT INTO deferred_schema (name, type, sql) VALUES (?, ?, ?)"_s);
    if (!keep) {
        return keep.error();
    }
    for (const Deferred &item : deferred.value()) {
        if (auto kept = keep.value().bind(1, item.name).bind(2, item.type).bind(3, item.sql).run(); !kept) {
            return kept;
        }
        keep.value().reset();
        // Names come from sqlite_master, never from input.
        if (auto dropped = m_db.exec(u"DROP %1 %2"_s.arg(item.type.toUpper(), item.name)); !dropped) {
            return dropped;
        }
    }
    return m_db.exec(u"PRAGMA cache_size = -%1"_s.arg(kLoadCacheKiB));
}

Status BulkLoad::finish()
{
    auto query = m_db.prepare(u"SELECT name, type, sql FROM deferred_schema ORDER BY type, name"_s);
    if (!query) {
        return query.error();
    }
    QList<Deferred> deferred;
    if (auto read = eachRow(query.value(),
            [&](const Statement &row) {
                deferred.append({ row.text(0), row.text(1), row.text(2) });
            });
        !read) {
        return read.error();
    }
    if (deferred.isEmpty()) {
        return {};
    }
    // The search table as migration 0008 builds it: every entry's and every correction's text under its resident.
    // Rebuilt whole, so it holds each row once whatever was indexed before the load.
    for (const QString &sql : { u"DELETE FROM journal_search"_s,
             u"INSERT INTO journal_search (entry_id, resident, text) "
             "SELECT id, replace(resident_id, '-', ''), text FROM journal_entries"_s,
             u"INSERT INTO journal_search (entry_id, resident, text) "
             "SELECT entry_id, replace(resident_id, '-', ''), text FROM corrections"_s }) {
        if (auto rebuilt = m_db.exec(sql); !rebuilt) {
            return rebuilt;
        }
    }
    for (const Deferred &item : std::as_const(deferred)) {
        if (auto made = m_db.exec(item.sql); !made) {
            return made;
        }
    }
    if (auto cleared = m_db.exec(u"DELETE FROM deferred_schema"_s); !cleared) {
        return cleared;
    }
    return m_db.exec(u"PRAGMA cache_size = -%1"_s.arg(kDefaultCacheKiB));
}

} // namespace akten::store
