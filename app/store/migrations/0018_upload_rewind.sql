-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- A central store restored from a backup may lack records it had acknowledged (sync/PROTOCOL.md "Upload"): the
-- device uploads them again, so acked_through moves back — only through SyncStateRepository::rewindAckedThrough,
-- which sets upload_rewind to 1 for that one update (and back to 0). The download cursor still only moves forward.
INSERT INTO sync_state (key, value) VALUES ('upload_rewind', 0);
DROP TRIGGER sync_state_forward;
CREATE TRIGGER sync_state_forward BEFORE UPDATE ON sync_state
    WHEN NEW.key <> OLD.key OR (NEW.value < OLD.value AND NOT (OLD.key = 'upload_rewind'
        OR (OLD.key = 'acked_through' AND (SELECT value FROM sync_state WHERE key = 'upload_rewind') = 1)))
    BEGIN SELECT RAISE(ABORT, 'sync state only moves forward'); END;
