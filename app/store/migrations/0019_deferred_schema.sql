-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- A tablet's first download (its units' whole history) loads without the synced tables' non-unique secondary indexes
-- and the journal's search triggers: BulkLoad (bulkload.h) drops them for it, keeps their SQL here and builds them
-- again, with the search table, in the transaction of the download's last batch. A store opened with rows here (a
-- first download cut short) is rebuilt before it is used. Unique indexes, primary keys, CHECKs, foreign keys and the
-- append-only triggers are never dropped.
CREATE TABLE deferred_schema (
    name TEXT PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('index', 'trigger')),
    sql  TEXT NOT NULL
) STRICT;
