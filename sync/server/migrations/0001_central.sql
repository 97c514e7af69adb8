-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- The central store (embedded backend). Records are kept as the protocol's JSON (generic over kinds); the columns
-- beside them are what the server needs to decide: scope (unit), idempotency (device, device_seq; kind, key) and
-- order (position: one log; a device reads it filtered to its units).

-- Who may write what, as of now: the current rights, re-checked on every upload.
CREATE TABLE units (
    id TEXT PRIMARY KEY
) STRICT, WITHOUT ROWID;
CREATE TABLE staff (
    id     TEXT PRIMARY KEY,
    active INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT, WITHOUT ROWID;
CREATE TABLE staff_units (
    staff_id TEXT NOT NULL REFERENCES staff(id),
    unit_id  TEXT NOT NULL REFERENCES units(id),
    PRIMARY KEY (staff_id, unit_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE residents (
    id      TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id)
) STRICT, WITHOUT ROWID;

CREATE TABLE devices (
    device_id     TEXT PRIMARY KEY,
    revoked       INTEGER NOT NULL DEFAULT 0 CHECK (revoked IN (0, 1)),
    acked_through INTEGER NOT NULL DEFAULT 0
) STRICT, WITHOUT ROWID;
CREATE TABLE device_units (
    device_id TEXT NOT NULL REFERENCES devices(device_id),
    unit_id   TEXT NOT NULL REFERENCES units(id),
    PRIMARY KEY (device_id, unit_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE records (
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    unit_id     TEXT NOT NULL REFERENCES units(id),
    kind        TEXT NOT NULL,
    record_key  TEXT NOT NULL,
    device_id   TEXT NOT NULL REFERENCES devices(device_id),
    device_seq  INTEGER NOT NULL,
    body        TEXT NOT NULL,
    received_ms INTEGER NOT NULL,
    UNIQUE (kind, record_key),
    UNIQUE (device_id, device_seq)
) STRICT;
CREATE INDEX records_unit ON records(unit_id, position);

-- Refused uploads stay here, visible to a manager; the device keeps its copy too.
CREATE TABLE rejected (
    device_id   TEXT NOT NULL REFERENCES devices(device_id),
    device_seq  INTEGER NOT NULL,
    kind        TEXT NOT NULL,
    record_key  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    body        TEXT NOT NULL,
    received_ms INTEGER NOT NULL,
    PRIMARY KEY (device_id, device_seq)
) STRICT, WITHOUT ROWID;

-- Each device's audit chain as far as it has arrived (next seq, previous hash): gaps and forks are refused.
CREATE TABLE audit_heads (
    device_id TEXT PRIMARY KEY REFERENCES devices(device_id),
    seq       INTEGER NOT NULL,
    hash      TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TRIGGER records_no_update BEFORE UPDATE ON records BEGIN SELECT RAISE(ABORT, 'append-only: records'); END;
CREATE TRIGGER records_no_delete BEFORE DELETE ON records BEGIN SELECT RAISE(ABORT, 'append-only: records'); END;
