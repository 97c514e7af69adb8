-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Master data as the tablets store it (units, staff, residents, decisions, documents: records of the master kinds,
-- as the protocol's JSON), newest version only, and which units each one is for. Sent down as one snapshot per
-- device scope (sync/PROTOCOL.md "Master data"). Personal data: the file is encrypted like the rest.
CREATE TABLE master_records (
    kind       TEXT NOT NULL,
    record_key TEXT NOT NULL,
    rank       INTEGER NOT NULL, -- the kind's place in recordKinds(): rows are applied in dependency order
    body       TEXT NOT NULL,
    PRIMARY KEY (kind, record_key)
) STRICT, WITHOUT ROWID;
CREATE TABLE master_scope (
    kind       TEXT NOT NULL,
    record_key TEXT NOT NULL,
    unit_id    TEXT NOT NULL,
    PRIMARY KEY (unit_id, kind, record_key),
    FOREIGN KEY (kind, record_key) REFERENCES master_records(kind, record_key)
) STRICT, WITHOUT ROWID;
