-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- The consent register (domain.md D6) and the release of records (D7), as the app writes them (ConsentService,
-- ReleaseService; core/consentrules.h, core/releaserules.h).
--
-- Consent events gain what the guideline asks to be noted: who gave it (the resident, or a representative and their
-- mandate), how (written / oral), a structured recipient unit and whether it covers the implementation plan (the plan
-- read across units), and, for a revocation, the consent it revokes. The columns are NULL in rows written before this
-- migration (demo seeds only: nothing wrote the register then), which stay readable; the rules below that need the
-- new columns apply to rows that carry them (`form` set), so an old row arriving by sync is still taken.
-- No foreign keys on recipient_unit_id / revokes_id: the central store wants every reference in the log of the
-- record's unit, and a unit or a consent of another unit's log would make the record refused there.
ALTER TABLE consent_events ADD COLUMN given_by_kind TEXT CHECK (given_by_kind IN ('resident', 'representative'));
ALTER TABLE consent_events ADD COLUMN mandate TEXT;
ALTER TABLE consent_events ADD COLUMN form TEXT CHECK (form IN ('written', 'oral'));
ALTER TABLE consent_events ADD COLUMN recipient_unit_id TEXT;
ALTER TABLE consent_events ADD COLUMN covers_plan INTEGER NOT NULL DEFAULT 0 CHECK (covers_plan IN (0, 1));
ALTER TABLE consent_events ADD COLUMN revokes_id TEXT;

-- Always wrong, old row or new. The central store judges uploads against this schema (records::RecordCheck), so the
-- same rules refuse a malformed record there.
CREATE TRIGGER consent_events_valid BEFORE INSERT ON consent_events
WHEN NEW.valid_to IS NOT NULL AND NEW.valid_to < NEW.valid_from
BEGIN SELECT RAISE(ABORT, 'consent_events: the consent ends before it starts'); END;
CREATE TRIGGER consent_events_filled BEFORE INSERT ON consent_events
WHEN trim(NEW.recipient) = '' OR (trim(NEW.scope) = '' AND NEW.covers_plan = 0) OR trim(NEW.given_by) = ''
BEGIN SELECT RAISE(ABORT, 'consent_events: recipient, scope (or the plan) and given_by may not be empty'); END;
CREATE TRIGGER consent_events_given_names_none BEFORE INSERT ON consent_events
WHEN NEW.action = 'given' AND NEW.revokes_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'consent_events: a consent given revokes nothing'); END;
-- Rows in the form the app writes now.
CREATE TRIGGER consent_events_complete BEFORE INSERT ON consent_events
WHEN NEW.form IS NOT NULL AND (NEW.given_by_kind IS NULL
    OR (NEW.given_by_kind = 'representative' AND trim(coalesce(NEW.mandate, '')) = '')
    OR (NEW.action = 'revoked' AND NEW.revokes_id IS NULL))
BEGIN SELECT RAISE(ABORT, 'consent_events: giver, mandate of a representative or the revoked consent missing'); END;

-- A request to read or get a copy of the record, and the unit manager's decision on it: append-only events, so the
-- history stays (a decision names its request). The decision row holds the release itself: the harm / secrecy
-- assessment, the consent used (another's request), the recipient check, what was released, to whom and when; the
-- author is who decided and released. Rows before this migration are in release_records (kept, read as releases).
CREATE TABLE release_events (
    id                TEXT PRIMARY KEY,
    author_id         TEXT NOT NULL,
    device_id         TEXT NOT NULL,
    hlc               TEXT NOT NULL,
    wall_ms           INTEGER NOT NULL,
    resident_id       TEXT NOT NULL REFERENCES residents(id),
    stage             TEXT NOT NULL CHECK (stage IN ('request', 'decision')),
    request_id        TEXT REFERENCES release_events(id),
    requester         TEXT,
    requester_kind    TEXT CHECK (requester_kind IN ('resident', 'other')),
    access            TEXT CHECK (access IN ('read', 'copy')),
    covers            TEXT,
    requested_on      TEXT,
    outcome           TEXT CHECK (outcome IN ('released', 'partial', 'refused')),
    assessment        TEXT,
    consent_id        TEXT,
    recipient         TEXT,
    recipient_checked INTEGER CHECK (recipient_checked IN (0, 1)),
    recipient_check   TEXT,
    released_covers   TEXT,
    reason            TEXT,
    appeal_noted      INTEGER CHECK (appeal_noted IN (0, 1)),
    decided_on        TEXT,
    CHECK ((stage = 'request' AND request_id IS NULL AND trim(coalesce(requester, '')) <> ''
            AND requester_kind IS NOT NULL AND access IS NOT NULL AND trim(coalesce(covers, '')) <> ''
            AND requested_on IS NOT NULL AND outcome IS NULL)
        OR (stage = 'decision' AND request_id IS NOT NULL AND outcome IS NOT NULL AND decided_on IS NOT NULL
            AND trim(coalesce(assessment, '')) <> '')),
    -- Something released: to a named, checked recipient (how they were identified), saying what.
    CHECK (stage = 'request' OR outcome = 'refused'
        OR (recipient_checked = 1 AND trim(coalesce(recipient_check, '')) <> '' AND trim(coalesce(recipient, '')) <> ''
            AND trim(coalesce(released_covers, '')) <> '')),
    -- Something held back: the reason, and that the requester was told they may appeal.
    CHECK (stage = 'request' OR outcome = 'released' OR (trim(coalesce(reason, '')) <> '' AND appeal_noted = 1))
) STRICT, WITHOUT ROWID;
CREATE INDEX release_events_resident ON release_events(resident_id, hlc);

CREATE TRIGGER release_events_no_update BEFORE UPDATE ON release_events
BEGIN SELECT RAISE(ABORT, 'append-only: release_events'); END;
CREATE TRIGGER release_events_no_delete BEFORE DELETE ON release_events
BEGIN SELECT RAISE(ABORT, 'append-only: release_events'); END;

-- Sync: queued like every other fact (0003_sync.sql).
CREATE TRIGGER sync_queue_release_events AFTER INSERT ON release_events
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('release_event', NEW.id); END;
