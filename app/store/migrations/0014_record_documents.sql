-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- The record's documents written on the tablet (domain.md D1, core/recorddocuments.h): the cover sheet's own part,
-- the register of received and created documents, the life story, powers of attorney, the agreement on handling the
-- resident's money, fall reports and fall-prevention checklists. One row per version or entry, never changed: a new
-- version names the versions it replaces in `replaces` (a JSON list; two when it ends a conflict between tablets),
-- `series_id` is the first version's id. The fields are a JSON object (every value a string) checked by
-- core::checkDocument on the tablet and by RecordCheck centrally; the checks below repeat the few that a write from
-- SQL must not get round. Synced as facts ('record_document').

CREATE TABLE record_documents (
    id          TEXT PRIMARY KEY,
    author_id   TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    wall_ms     INTEGER NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    doc_type    TEXT NOT NULL CHECK (doc_type IN ('cover_sheet', 'register_entry', 'life_story', 'power_of_attorney',
                                                  'money_agreement', 'fall_report', 'fall_checklist')),
    series_id   TEXT NOT NULL,
    replaces    TEXT NOT NULL CHECK (json_valid(replaces) AND json_type(replaces) = 'array'),
    body        TEXT NOT NULL CHECK (json_valid(body) AND json_type(body) = 'object'),
    -- A first version is its own series; only versioned types have later versions.
    CHECK ((json_array_length(replaces) = 0) = (series_id = id)),
    CHECK (json_array_length(replaces) = 0
           OR doc_type IN ('cover_sheet', 'life_story', 'power_of_attorney', 'money_agreement')),
    CHECK (doc_type <> 'register_entry' OR (length(coalesce(json_extract(body, '$.document_type'), '')) > 0
                                           AND length(coalesce(json_extract(body, '$.document_date'), '')) = 10)),
    CHECK (doc_type <> 'life_story' OR length(trim(coalesce(json_extract(body, '$.story'), ''))) > 0),
    CHECK (doc_type NOT IN ('power_of_attorney', 'money_agreement')
           OR coalesce(json_extract(body, '$.valid_to'), '') = ''
           OR json_extract(body, '$.valid_to') >= json_extract(body, '$.valid_from'))
) STRICT, WITHOUT ROWID;
CREATE INDEX record_documents_resident ON record_documents(resident_id, doc_type, hlc);

CREATE TRIGGER record_documents_no_update BEFORE UPDATE ON record_documents
BEGIN SELECT RAISE(ABORT, 'append-only: record_documents (save a new version instead)'); END;
CREATE TRIGGER record_documents_no_delete BEFORE DELETE ON record_documents
BEGIN SELECT RAISE(ABORT, 'append-only: record_documents (save a new version instead)'); END;

-- Sync: queued like every other fact (0003_sync.sql).
CREATE TRIGGER sync_queue_record_documents AFTER INSERT ON record_documents
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('record_document', NEW.id); END;
