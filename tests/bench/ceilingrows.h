// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "tests/bench/bulkceiling.h"

namespace akten::store {
class Database;
}

namespace akten::bench {

/**
 * What a first download put into `filled` (a device store), as the ceiling inserts it: for every table of a synced
 * kind and its children, the CREATE TABLE the store made (columns and keys; its secondary indexes and triggers are the
 * store's own work and left out) and every row, values read back in their stored types.
 */
[[nodiscard]] QList<CeilingTable> downloadedTables(store::Database &filled);

/** The number of rows in `tables`. */
[[nodiscard]] qint64 rowCount(const QList<CeilingTable> &tables);

} // namespace akten::bench
