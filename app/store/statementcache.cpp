// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/statementcache.h"

#include "app/store/database.h"

namespace akten::store {

StatementCache::StatementCache(Database &db)
    : m_db(db)
{ }

Result<Statement *> StatementCache::get(const QString &sql)
{
    auto found = m_statements.find(sql);
    if (found == m_statements.end()) {
        auto prepared = m_db.prepare(sql);
        if (!prepared) {
            return prepared.error();
        }
        found = m_statements.emplace(sql, std::move(prepared).value()).first;
    } else {
        found->second.reset();
    }
    return &found->second;
}

Status StatementCache::run(const QString &sql)
{
    auto statement = get(sql);
    if (!statement) {
        return statement.error();
    }
    return statement.value()->run();
}

} // namespace akten::store
