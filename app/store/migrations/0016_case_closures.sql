-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Closing a case (domain.md D3, core/caseclosure.h): the unit manager's closure of a resident's record, written with
-- the final note (a journal entry, category final_note) and audit events in one transaction (CaseClosureService),
-- synced as a fact ('case_closure'). Afterwards the record is read-only: every table of a syncing record that names
-- the resident gets a BEFORE INSERT guard 'closed case: <table>' (store/closedcaseguard.h: the guards are generated
-- at every open from the schema, so a kind added by a later migration is guarded too). (0014 and 0015 belong to
-- other work of issue 17; the migrator applies the numbers it has in order.)

CREATE TABLE case_closures (
    id            TEXT PRIMARY KEY,
    author_id     TEXT NOT NULL,
    device_id     TEXT NOT NULL,
    hlc           TEXT NOT NULL,
    wall_ms       INTEGER NOT NULL,
    resident_id   TEXT NOT NULL REFERENCES residents(id),
    closed_on     TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (reason IN ('moved', 'deceased', 'insats_ended', 'other')),
    reason_text   TEXT NOT NULL CHECK (reason <> 'other' OR length(trim(reason_text)) > 0),
    final_note_id TEXT NOT NULL REFERENCES journal_entries(id)
) STRICT, WITHOUT ROWID;
-- Not unique: two tablets may close the same case offline; the central store refuses the second one.
CREATE INDEX case_closures_resident ON case_closures(resident_id);

CREATE TRIGGER case_closures_no_update BEFORE UPDATE ON case_closures
BEGIN SELECT RAISE(ABORT, 'append-only: case_closures'); END;
CREATE TRIGGER case_closures_no_delete BEFORE DELETE ON case_closures
BEGIN SELECT RAISE(ABORT, 'append-only: case_closures'); END;

-- Sync: queued like every other fact (0003_sync.sql).
CREATE TRIGGER sync_queue_case_closures AFTER INSERT ON case_closures
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('case_closure', NEW.id); END;
