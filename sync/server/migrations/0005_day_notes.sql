-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Day notes (kind 'day_note') are the only records the central store deletes: 90 days after writing, as on the
-- tablets (CentralService::purgeExpiredDayNotes). The log stays append-only for everything else; a day note may be
-- deleted only while the purge has set its cutoff here, and only if it was written before it.
CREATE TABLE day_note_purge (
    before_ms INTEGER NOT NULL
) STRICT;

DROP TRIGGER records_no_delete;
CREATE TRIGGER records_no_delete BEFORE DELETE ON records
WHEN OLD.kind <> 'day_note'
  OR json_extract(OLD.body, '$.row.wall_ms') >= coalesce((SELECT max(before_ms) FROM day_note_purge), 0)
BEGIN SELECT RAISE(ABORT, 'append-only: records (only day notes 90 days old are purged)'); END;
