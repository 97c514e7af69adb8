// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

namespace akten::store {

class Database;

/**
 * RAII transaction: BEGIN IMMEDIATE on start(), ROLLBACK in the destructor unless commit() succeeded.
 * The destructor never throws. Not copyable; not nestable (SQLite has no nested transactions).
 */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    [[nodiscard]] Status start();
    [[nodiscard]] Status commit();

private:
    Database &m_db;
    bool m_active = false;
};

} // namespace akten::store
