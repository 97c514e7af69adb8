-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- What the central store said, in the last answer of this device's latest download ("integrity", sync/PROTOCOL.md),
-- about the devices of its units: tamper alarms (open and decided; a category, never the central reason) and how
-- many of their audit events were flagged. The unit manager's Loggkontroll shows it offline, with the time it was
-- heard (device_state 'sync.integrity_heard_ms'). Device-local: no outbox trigger, never synced; replaced whole.
CREATE TABLE sync_integrity_devices (
    device_id TEXT PRIMARY KEY,
    unit_ids  TEXT NOT NULL, -- the units it shares with this device, comma-separated, sorted
    flagged   INTEGER NOT NULL CHECK (flagged >= 0)
) STRICT, WITHOUT ROWID;

CREATE TABLE sync_integrity_alarms (
    device_id  TEXT NOT NULL REFERENCES sync_integrity_devices(device_id) ON DELETE CASCADE,
    device_seq INTEGER NOT NULL CHECK (device_seq >= 1),
    category   TEXT NOT NULL,
    raised_ms  INTEGER NOT NULL,
    decision   TEXT CHECK (decision IN ('release', 'revoke')), -- NULL while open
    decided_ms INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (device_id, device_seq)
) STRICT, WITHOUT ROWID;
