-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Day notes (domain.md D4) as records that sync to the unit's other tablets. A note is immutable once written; its
-- review ("moved" into the journal, or "nothing" to move) is an append-only record of its own, so two tablets that
-- review the same note merge by union like every other fact. The only delete anywhere in the device store is the
-- 90-day purge of a day note: DayNoteRepository::purge sets 'day_notes.purge_before_ms' (the care-time cutoff) in
-- the purge's own transaction, and the trigger refuses any other delete, and a delete of a note younger than that.

CREATE TABLE day_note_reviews (
    id          TEXT PRIMARY KEY,
    author_id   TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    wall_ms     INTEGER NOT NULL,
    note_id     TEXT NOT NULL, -- no foreign key: the review (no text) outlives the purged note, as its history
    resident_id TEXT NOT NULL REFERENCES residents(id),
    outcome     TEXT NOT NULL CHECK (outcome IN ('moved', 'nothing'))
) STRICT, WITHOUT ROWID;
CREATE INDEX day_note_reviews_note ON day_note_reviews(note_id);

-- Reviews recorded in the old columns become records (by the reviewer, at the time given; "moved" was what the old
-- column meant). They were never synced, so they are not queued either.
INSERT INTO day_note_reviews (id, author_id, device_id, hlc, wall_ms, note_id, resident_id, outcome)
SELECT lower(substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || '-8' || substr(h, 18, 3) || '-'
           || substr(h, 21, 12)),
       reviewed_by, device_id, hlc, reviewed_ms, id, resident_id, 'moved'
FROM (SELECT hex(randomblob(16)) AS h, * FROM day_notes WHERE reviewed_ms IS NOT NULL AND reviewed_by IS NOT NULL);

DROP TRIGGER day_notes_review_only;
CREATE TABLE day_notes_v8 (
    id          TEXT PRIMARY KEY,
    author_id   TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    wall_ms     INTEGER NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    text        TEXT NOT NULL CHECK (length(trim(text)) > 0)
) STRICT, WITHOUT ROWID;
INSERT INTO day_notes_v8 (id, author_id, device_id, hlc, wall_ms, resident_id, text)
SELECT id, author_id, device_id, hlc, wall_ms, resident_id, text FROM day_notes;
DROP TABLE day_notes;
ALTER TABLE day_notes_v8 RENAME TO day_notes;
CREATE INDEX day_notes_resident ON day_notes(resident_id, wall_ms);
CREATE INDEX day_notes_written ON day_notes(wall_ms);

CREATE TRIGGER day_notes_no_update BEFORE UPDATE ON day_notes
BEGIN SELECT RAISE(ABORT, 'day notes are never changed'); END;
CREATE TRIGGER day_notes_purge_only BEFORE DELETE ON day_notes
WHEN OLD.wall_ms >= coalesce((SELECT CAST(value AS INTEGER) FROM device_state WHERE key = 'day_notes.purge_before_ms'), 0)
BEGIN SELECT RAISE(ABORT, 'day notes: only the purge may delete, and only notes 90 days old'); END;
CREATE TRIGGER day_note_reviews_no_update BEFORE UPDATE ON day_note_reviews
BEGIN SELECT RAISE(ABORT, 'append-only: day_note_reviews'); END;
CREATE TRIGGER day_note_reviews_no_delete BEFORE DELETE ON day_note_reviews
BEGIN SELECT RAISE(ABORT, 'append-only: day_note_reviews'); END;

-- Sync: queued like every other fact (0003_sync.sql).
CREATE TRIGGER sync_queue_day_notes AFTER INSERT ON day_notes
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('day_note', NEW.id); END;
CREATE TRIGGER sync_queue_day_note_reviews AFTER INSERT ON day_note_reviews
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('day_note_review', NEW.id); END;

-- This device's notes written before day notes synced are queued once, oldest first.
INSERT INTO sync_outbox (kind, record_key)
SELECT 'day_note', id FROM day_notes
WHERE device_id = (SELECT value FROM device_state WHERE key = 'device_id') ORDER BY hlc;
