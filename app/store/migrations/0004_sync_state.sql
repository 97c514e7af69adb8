-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- What this device knows about its sync: how far the central store has acknowledged its outbox, where its download
-- cursor stands, and the records the central store rejected (kept here and shown; nothing staff wrote is dropped).
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
INSERT INTO sync_state (key, value) VALUES ('acked_through', 0), ('download_cursor', 0);

-- Both only move forward.
CREATE TRIGGER sync_state_forward BEFORE UPDATE ON sync_state
    WHEN NEW.value < OLD.value OR NEW.key <> OLD.key
    BEGIN SELECT RAISE(ABORT, 'sync state only moves forward'); END;
CREATE TRIGGER sync_state_no_delete BEFORE DELETE ON sync_state
    BEGIN SELECT RAISE(ABORT, 'sync state rows are kept'); END;

CREATE TABLE sync_rejected (
    device_seq INTEGER PRIMARY KEY REFERENCES sync_outbox(device_seq),
    reason     TEXT NOT NULL,
    wall_ms    INTEGER NOT NULL
) STRICT;
