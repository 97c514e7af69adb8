-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Master data as the tablets store it, newest version only, and its units (as sync/server/migrations/0003_master.sql).
CREATE TABLE master_records (
    kind       TEXT NOT NULL,
    record_key TEXT NOT NULL,
    rank       INTEGER NOT NULL,
    body       TEXT NOT NULL,
    PRIMARY KEY (kind, record_key)
);
CREATE TABLE master_scope (
    kind       TEXT NOT NULL,
    record_key TEXT NOT NULL,
    unit_id    TEXT NOT NULL,
    PRIMARY KEY (unit_id, kind, record_key),
    FOREIGN KEY (kind, record_key) REFERENCES master_records(kind, record_key)
);
