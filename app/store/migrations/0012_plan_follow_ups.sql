-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Follow-ups of a set implementation plan (domain.md D2, core/followup.h): immutable records, written with their
-- automatic journal entry and audit events in one transaction (FollowUpService), synced as facts ('plan_follow_up').
-- The body holds the goals' results and comments and the resident's three answers (JSON, core::encodeFollowUpBody);
-- the date and the outcome are columns because the deadlines and the overview read them.

CREATE TABLE plan_follow_ups (
    id             TEXT PRIMARY KEY,
    author_id      TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    hlc            TEXT NOT NULL,
    wall_ms        INTEGER NOT NULL,
    resident_id    TEXT NOT NULL REFERENCES residents(id),
    revision_id    TEXT NOT NULL, -- no foreign key: the revision may arrive after its follow-up from another tablet
    follow_up_date TEXT NOT NULL,
    outcome        TEXT NOT NULL CHECK (outcome IN ('continue', 'revise', 'contact_case_officer')),
    body           TEXT NOT NULL CHECK (json_valid(body))
) STRICT, WITHOUT ROWID;
CREATE INDEX plan_follow_ups_resident ON plan_follow_ups(resident_id, follow_up_date);

CREATE TRIGGER plan_follow_ups_no_update BEFORE UPDATE ON plan_follow_ups
BEGIN SELECT RAISE(ABORT, 'append-only: plan_follow_ups'); END;
CREATE TRIGGER plan_follow_ups_no_delete BEFORE DELETE ON plan_follow_ups
BEGIN SELECT RAISE(ABORT, 'append-only: plan_follow_ups'); END;

-- Sync: queued like every other fact (0003_sync.sql).
CREATE TRIGGER sync_queue_plan_follow_ups AFTER INSERT ON plan_follow_ups
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('plan_follow_up', NEW.id); END;
