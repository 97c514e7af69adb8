// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QStringList>

namespace akten::store {

class Database;

/**
 * A first load of many rows (a new tablet's first download) without the cost of keeping secondary indexes and the
 * journal's full-text index up to date row by row: begin() drops the given tables' non-unique secondary indexes and
 * the search triggers that feed `journal_search`, keeping their SQL in `deferred_schema` (migration 0019); finish()
 * rebuilds `journal_search` from the journal, then creates the triggers and indexes again from that SQL, exactly as
 * they were. Both run in the caller's transaction, so the rebuild commits with the last batch or not at all.
 *
 * Nothing that guards the data is ever dropped: primary keys, UNIQUE constraints and unique indexes, CHECKs, foreign
 * keys, the append-only and closed-case triggers stay. While a load is open, reads are correct but slower; a store
 * opened with a load still open (cut short by a crash or a lost connection) is finished at open
 * (DeviceStore::open), so no screen ever works on a store without its indexes.
 */
class BulkLoad
{
public:
    explicit BulkLoad(Database &db);

    /** Whether a load is open: something is kept in deferred_schema. */
    [[nodiscard]] Result<bool> open() const;
    /** Opens a load for `tables` (names from our own schema, never input); one already open is left as it is. */
    [[nodiscard]] Status begin(const QStringList &tables);
    /** Closes an open load (nothing to do when none is): the search table rebuilt, triggers and indexes recreated. */
    [[nodiscard]] Status finish();

    /** Page cache while a load is open (KiB): the loaded tables' pages stay in memory between batches. */
    static constexpr int kLoadCacheKiB = 64 * 1024;

private:
    Database &m_db;
};

} // namespace akten::store
