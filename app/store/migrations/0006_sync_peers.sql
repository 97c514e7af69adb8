-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- How current this device's copy of the other devices' records is, for each unit they share: from the central
-- store's `peers` in the last answer of a complete download (sync/PROTOCOL.md), turned into this device's clock. The
-- unit board reads it to tell a certain miss from one that another device may have signed. Device-local: no outbox
-- trigger, never synced; replaced whole after each complete download.
CREATE TABLE sync_peers (
    device_id        TEXT NOT NULL,
    unit_id          TEXT NOT NULL,
    known_through_ms INTEGER NOT NULL CHECK (known_through_ms >= 0), -- this device's clock; 0 = not known
    PRIMARY KEY (device_id, unit_id)
) STRICT, WITHOUT ROWID;
