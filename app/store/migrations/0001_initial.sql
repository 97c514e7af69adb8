-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Schema version 1 of the device store. Ids are UUIDv7 text; hlc is HlcStamp::toString() (sorts like the stamp).
-- Master data (units, staff, residents, decisions, documents) is upserted from the centre. Clinical facts are
-- append-only: triggers below reject UPDATE and DELETE. Day notes alone may be deleted (90-day purge).

CREATE TABLE device_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;

CREATE TABLE units (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('sarskilt_boende', 'lss_gruppbostad')),
    municipality TEXT NOT NULL
) STRICT;

CREATE TABLE staff (
    id         TEXT PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name  TEXT NOT NULL,
    title      TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('care_staff', 'unit_manager', 'sas')),
    active     INTEGER NOT NULL CHECK (active IN (0, 1))
) STRICT;

CREATE TABLE staff_units (
    staff_id TEXT NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    unit_id  TEXT NOT NULL REFERENCES units(id),
    PRIMARY KEY (staff_id, unit_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE residents (
    id                 TEXT PRIMARY KEY,
    unit_id            TEXT NOT NULL REFERENCES units(id),
    first_name         TEXT NOT NULL,
    last_name          TEXT NOT NULL,
    personal_number    TEXT NOT NULL,
    birth_date         TEXT NOT NULL,
    room               TEXT NOT NULL,
    protected_identity INTEGER NOT NULL CHECK (protected_identity IN (0, 1)),
    representative     TEXT NOT NULL,
    moved_in           TEXT
) STRICT;
CREATE INDEX residents_unit ON residents(unit_id, last_name, first_name);

CREATE TABLE resident_contacts (
    resident_id TEXT NOT NULL REFERENCES residents(id) ON DELETE CASCADE,
    staff_id    TEXT NOT NULL REFERENCES staff(id),
    position    INTEGER NOT NULL,
    PRIMARY KEY (resident_id, staff_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE decisions (
    id          TEXT PRIMARY KEY,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    law         TEXT NOT NULL CHECK (law IN ('sol', 'lss')),
    decided_by  TEXT NOT NULL,
    decided_on  TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    goals       TEXT NOT NULL,
    assignment  TEXT NOT NULL
) STRICT;
CREATE INDEX decisions_resident ON decisions(resident_id);

CREATE TABLE insatser (
    id              TEXT PRIMARY KEY,
    decision_id     TEXT NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    title           TEXT NOT NULL,
    legal_reference TEXT NOT NULL,
    scope           TEXT NOT NULL
) STRICT;
CREATE INDEX insatser_decision ON insatser(decision_id, position);

CREATE TABLE documents (
    id            TEXT PRIMARY KEY,
    resident_id   TEXT NOT NULL REFERENCES residents(id),
    kind          TEXT NOT NULL,
    title         TEXT NOT NULL,
    date          TEXT NOT NULL,
    received      INTEGER NOT NULL CHECK (received IN (0, 1)),
    registered_by TEXT NOT NULL
) STRICT;
CREATE INDEX documents_resident ON documents(resident_id, date);

-- Versioned documents: each revision immutable, parents in plan_parents (two parents = a merge).
CREATE TABLE plan_revisions (
    id              TEXT PRIMARY KEY,
    author_id       TEXT NOT NULL,
    device_id       TEXT NOT NULL,
    hlc             TEXT NOT NULL,
    wall_ms         INTEGER NOT NULL,
    resident_id     TEXT NOT NULL REFERENCES residents(id),
    decision_id     TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('draft', 'established')),
    established_on  TEXT,
    next_follow_up  TEXT,
    body            TEXT NOT NULL
) STRICT;
CREATE INDEX plan_revisions_resident ON plan_revisions(resident_id, hlc);

CREATE TABLE plan_parents (
    revision_id TEXT NOT NULL REFERENCES plan_revisions(id),
    parent_id   TEXT NOT NULL REFERENCES plan_revisions(id),
    PRIMARY KEY (revision_id, parent_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX plan_parents_parent ON plan_parents(parent_id);

CREATE TABLE journal_entries (
    id               TEXT PRIMARY KEY,
    author_id        TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    hlc              TEXT NOT NULL,
    wall_ms          INTEGER NOT NULL,
    resident_id      TEXT NOT NULL REFERENCES residents(id),
    event_date       TEXT NOT NULL,
    category         TEXT NOT NULL,
    text             TEXT NOT NULL CHECK (length(text) > 0),
    author_name      TEXT NOT NULL,
    author_title     TEXT NOT NULL,
    interpreter_used INTEGER NOT NULL CHECK (interpreter_used IN (0, 1))
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_entries_resident ON journal_entries(resident_id, event_date, hlc);

CREATE TABLE corrections (
    id                 TEXT PRIMARY KEY,
    author_id          TEXT NOT NULL,
    device_id          TEXT NOT NULL,
    hlc                TEXT NOT NULL,
    wall_ms            INTEGER NOT NULL,
    resident_id        TEXT NOT NULL REFERENCES residents(id),
    entry_id           TEXT NOT NULL REFERENCES journal_entries(id),
    text               TEXT NOT NULL,
    reason             TEXT NOT NULL,
    resident_objection INTEGER NOT NULL CHECK (resident_objection IN (0, 1)),
    author_name        TEXT NOT NULL,
    author_title       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX corrections_resident ON corrections(resident_id, hlc);

CREATE TABLE day_notes (
    id          TEXT PRIMARY KEY,
    author_id   TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    wall_ms     INTEGER NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    text        TEXT NOT NULL,
    reviewed_ms INTEGER,
    reviewed_by TEXT
) STRICT, WITHOUT ROWID;
CREATE INDEX day_notes_resident ON day_notes(resident_id, wall_ms);

CREATE TABLE signatures (
    id               TEXT PRIMARY KEY,
    author_id        TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    hlc              TEXT NOT NULL,
    wall_ms          INTEGER NOT NULL,
    resident_id      TEXT NOT NULL REFERENCES residents(id),
    activity_id      TEXT NOT NULL,
    plan_revision_id TEXT NOT NULL,
    planned_for      TEXT NOT NULL,
    outcome          TEXT NOT NULL CHECK (outcome IN ('done', 'not_done')),
    reason           TEXT NOT NULL,
    delegated_hsl    INTEGER NOT NULL CHECK (delegated_hsl IN (0, 1)),
    CHECK (outcome = 'done' OR length(reason) > 0)
) STRICT, WITHOUT ROWID;
CREATE INDEX signatures_resident ON signatures(resident_id, planned_for, hlc);

CREATE TABLE signature_retractions (
    id           TEXT PRIMARY KEY,
    author_id    TEXT NOT NULL,
    device_id    TEXT NOT NULL,
    hlc          TEXT NOT NULL,
    wall_ms      INTEGER NOT NULL,
    signature_id TEXT NOT NULL REFERENCES signatures(id),
    resident_id  TEXT NOT NULL REFERENCES residents(id),
    reason       TEXT NOT NULL CHECK (length(reason) > 0)
) STRICT, WITHOUT ROWID;
CREATE INDEX signature_retractions_resident ON signature_retractions(resident_id);

CREATE TABLE consent_events (
    id          TEXT PRIMARY KEY,
    author_id   TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    wall_ms     INTEGER NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    action      TEXT NOT NULL CHECK (action IN ('given', 'revoked')),
    recipient   TEXT NOT NULL,
    scope       TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT,
    given_by    TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX consent_events_resident ON consent_events(resident_id, hlc);

CREATE TABLE release_records (
    id                 TEXT PRIMARY KEY,
    author_id          TEXT NOT NULL,
    device_id          TEXT NOT NULL,
    hlc                TEXT NOT NULL,
    wall_ms            INTEGER NOT NULL,
    resident_id        TEXT NOT NULL REFERENCES residents(id),
    recipient          TEXT NOT NULL,
    covers             TEXT NOT NULL,
    released_on        TEXT NOT NULL,
    recipient_verified INTEGER NOT NULL CHECK (recipient_verified IN (0, 1)),
    harm_review_done   INTEGER NOT NULL CHECK (harm_review_done IN (0, 1))
) STRICT, WITHOUT ROWID;
CREATE INDEX release_records_resident ON release_records(resident_id, hlc);

-- Hash-chained audit log, one chain per device, stored in chain order; audit_head anchors the end of each chain.
-- Clinical facts and the audit log are WITHOUT ROWID: their key is the b-tree key, so a bedside commit touches
-- fewer pages (each page written is encrypted and authenticated; see tests/bench/storebench.cpp).
CREATE TABLE audit_events (
    id          TEXT NOT NULL,
    author_id   TEXT,
    device_id   TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    wall_ms     INTEGER NOT NULL,
    seq         INTEGER NOT NULL CHECK (seq > 0),
    staff_role  TEXT NOT NULL,
    resident_id TEXT,
    unit_id     TEXT,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL,
    prev_hash   BLOB NOT NULL CHECK (length(prev_hash) = 32),
    hash        BLOB NOT NULL CHECK (length(hash) = 32),
    PRIMARY KEY (device_id, seq)
) STRICT, WITHOUT ROWID;
-- "Who has read about me" is answered by resident; other log-control filters scan the device's log.
CREATE INDEX audit_events_resident ON audit_events(resident_id, wall_ms);

CREATE TABLE audit_head (
    device_id TEXT PRIMARY KEY,
    seq       INTEGER NOT NULL,
    hash      BLOB NOT NULL
) STRICT, WITHOUT ROWID;

-- Append-only: no UPDATE or DELETE, ever, on clinical facts and the audit log.
CREATE TRIGGER journal_entries_no_update BEFORE UPDATE ON journal_entries BEGIN SELECT RAISE(ABORT, 'append-only: journal_entries'); END;
CREATE TRIGGER journal_entries_no_delete BEFORE DELETE ON journal_entries BEGIN SELECT RAISE(ABORT, 'append-only: journal_entries'); END;
CREATE TRIGGER corrections_no_update BEFORE UPDATE ON corrections BEGIN SELECT RAISE(ABORT, 'append-only: corrections'); END;
CREATE TRIGGER corrections_no_delete BEFORE DELETE ON corrections BEGIN SELECT RAISE(ABORT, 'append-only: corrections'); END;
CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures BEGIN SELECT RAISE(ABORT, 'append-only: signatures'); END;
CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures BEGIN SELECT RAISE(ABORT, 'append-only: signatures'); END;
CREATE TRIGGER signature_retractions_no_update BEFORE UPDATE ON signature_retractions BEGIN SELECT RAISE(ABORT, 'append-only: signature_retractions'); END;
CREATE TRIGGER signature_retractions_no_delete BEFORE DELETE ON signature_retractions BEGIN SELECT RAISE(ABORT, 'append-only: signature_retractions'); END;
CREATE TRIGGER consent_events_no_update BEFORE UPDATE ON consent_events BEGIN SELECT RAISE(ABORT, 'append-only: consent_events'); END;
CREATE TRIGGER consent_events_no_delete BEFORE DELETE ON consent_events BEGIN SELECT RAISE(ABORT, 'append-only: consent_events'); END;
CREATE TRIGGER release_records_no_update BEFORE UPDATE ON release_records BEGIN SELECT RAISE(ABORT, 'append-only: release_records'); END;
CREATE TRIGGER release_records_no_delete BEFORE DELETE ON release_records BEGIN SELECT RAISE(ABORT, 'append-only: release_records'); END;
CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'append-only: audit_events'); END;
CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'append-only: audit_events'); END;
CREATE TRIGGER plan_revisions_no_update BEFORE UPDATE ON plan_revisions BEGIN SELECT RAISE(ABORT, 'immutable: plan_revisions'); END;
CREATE TRIGGER plan_revisions_no_delete BEFORE DELETE ON plan_revisions BEGIN SELECT RAISE(ABORT, 'immutable: plan_revisions'); END;
CREATE TRIGGER plan_parents_no_update BEFORE UPDATE ON plan_parents BEGIN SELECT RAISE(ABORT, 'immutable: plan_parents'); END;
CREATE TRIGGER plan_parents_no_delete BEFORE DELETE ON plan_parents BEGIN SELECT RAISE(ABORT, 'immutable: plan_parents'); END;
-- The audit head only moves forward, one event at a time.
CREATE TRIGGER audit_head_forward BEFORE UPDATE ON audit_head
    WHEN NEW.seq <> OLD.seq + 1 OR NEW.device_id <> OLD.device_id
    BEGIN SELECT RAISE(ABORT, 'audit head may only advance by one'); END;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head BEGIN SELECT RAISE(ABORT, 'append-only: audit_head'); END;
-- Day notes: only the review may be recorded after writing; the note itself may only be deleted (purge).
CREATE TRIGGER day_notes_review_only BEFORE UPDATE ON day_notes
    WHEN NEW.id <> OLD.id OR NEW.text <> OLD.text OR NEW.resident_id <> OLD.resident_id
      OR NEW.author_id <> OLD.author_id OR NEW.hlc <> OLD.hlc OR NEW.wall_ms <> OLD.wall_ms
      OR NEW.device_id <> OLD.device_id OR OLD.reviewed_ms IS NOT NULL
    BEGIN SELECT RAISE(ABORT, 'day notes: only an unreviewed note may be marked reviewed'); END;
