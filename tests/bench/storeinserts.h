// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "tests/bench/bulkceiling.h"

namespace akten::store {
class Database;
} // namespace akten::store

namespace akten::bench {

/** What is around the rows inserted into a device store by storeInsertSeconds. */
enum class StoreLoad {
    /** Bare prepared inserts into the store as it is: every index and trigger, as a tablet in use writes. */
    Bare,
    /**
     * The first download's floor: the store's guarantees and nothing else. The load opened as a first download opens
     * it (store::BulkLoad: secondary indexes and search triggers deferred), each batch flagged `sync.applying` as the
     * importer flags it (the closed-case and sync-queue triggers still run, and find the flag), foreign keys on, and
     * the load closed (search table and indexes rebuilt) in the last batch's transaction. No JSON, no rules, no
     * lookups: the part of the apply that only SQLite can do while the store keeps its guarantees.
     */
    Guarded,
};

/**
 * The rows inserted into `db` (a device store holding the master data they refer to) table by table with prepared
 * statements, `batch` rows per transaction: the seconds spent from the first BEGIN to the last COMMIT.
 */
[[nodiscard]] double storeInsertSeconds(
    store::Database &db, const QList<CeilingTable> &tables, int batch, StoreLoad load);

} // namespace akten::bench
