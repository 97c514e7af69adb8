// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/store/statement.h"

#include <QString>

#include <map>

namespace akten::store {

class Database;

/**
 * Prepared statements kept for the cache's life, by SQL text, for code that runs the same few statements thousands of
 * times (an import, a batch of checks). A statement handed out is reset, its old bindings still there until rebound.
 * Belongs to its Database's thread; must not outlive it.
 */
class StatementCache
{
public:
    explicit StatementCache(Database &db);

    /** The statement for `sql`, prepared the first time, reset after. Valid while the cache lives. */
    [[nodiscard]] Result<Statement *> get(const QString &sql);
    /** Runs a statement without parameters or rows (SAVEPOINT, RELEASE …). */
    [[nodiscard]] Status run(const QString &sql);
    [[nodiscard]] Database &db() const { return m_db; }

private:
    Database &m_db;
    std::map<QString, Statement> m_statements;
};

} // namespace akten::store
