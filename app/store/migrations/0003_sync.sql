-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Sync outbox: every record this device writes gets a device_seq (1, 2, 3 …, no gaps, never reused) in the order it
-- was written; uploads go in that order and the central store answers per (device_id, device_seq). Rows that arrive
-- by download are not queued again: the importer sets device_state 'sync.applying' inside its transaction. Only the
-- device's own records are queued (device_state 'device_id', written by DeviceStore when it opens the store): a record
-- another device wrote is that device's to upload, and the central store refuses it from anyone else.
CREATE TABLE sync_outbox (
    device_seq INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL,
    record_key TEXT NOT NULL,
    UNIQUE (kind, record_key)
) STRICT;

CREATE TRIGGER sync_outbox_no_update BEFORE UPDATE ON sync_outbox
BEGIN SELECT RAISE(ABORT, 'append-only: sync_outbox'); END;
CREATE TRIGGER sync_outbox_no_delete BEFORE DELETE ON sync_outbox
BEGIN SELECT RAISE(ABORT, 'append-only: sync_outbox'); END;

-- One trigger per synced table. A kind added later adds its table here in its own migration.
CREATE TRIGGER sync_queue_journal_entries AFTER INSERT ON journal_entries
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('journal_entry', NEW.id); END;
CREATE TRIGGER sync_queue_corrections AFTER INSERT ON corrections
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('correction', NEW.id); END;
CREATE TRIGGER sync_queue_signatures AFTER INSERT ON signatures
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('signature', NEW.id); END;
CREATE TRIGGER sync_queue_signature_retractions AFTER INSERT ON signature_retractions
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('signature_retraction', NEW.id); END;
CREATE TRIGGER sync_queue_consent_events AFTER INSERT ON consent_events
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('consent_event', NEW.id); END;
CREATE TRIGGER sync_queue_release_records AFTER INSERT ON release_records
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('release_record', NEW.id); END;
CREATE TRIGGER sync_queue_plan_revisions AFTER INSERT ON plan_revisions
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('plan_revision', NEW.id); END;
CREATE TRIGGER sync_queue_audit_events AFTER INSERT ON audit_events
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('audit_event', NEW.device_id || ':' || NEW.seq); END;

-- Records already on this device when the outbox arrives are queued once, oldest first (facts by their HLC stamp,
-- then the audit chain in order), so an existing store uploads everything it wrote. Before sync the device's only
-- audit chain is its own (every write is audited), so audit_head names the device.
INSERT INTO sync_outbox (kind, record_key)
SELECT kind, record_key FROM (
    SELECT 'plan_revision' AS kind, id AS record_key, hlc AS at, device_id FROM plan_revisions
    UNION ALL SELECT 'journal_entry', id, hlc, device_id FROM journal_entries
    UNION ALL SELECT 'correction', id, hlc, device_id FROM corrections
    UNION ALL SELECT 'signature', id, hlc, device_id FROM signatures
    UNION ALL SELECT 'signature_retraction', id, hlc, device_id FROM signature_retractions
    UNION ALL SELECT 'consent_event', id, hlc, device_id FROM consent_events
    UNION ALL SELECT 'release_record', id, hlc, device_id FROM release_records
) WHERE device_id IN (SELECT device_id FROM audit_head) ORDER BY at;
INSERT INTO sync_outbox (kind, record_key)
SELECT 'audit_event', device_id || ':' || seq FROM audit_events
WHERE device_id IN (SELECT device_id FROM audit_head) ORDER BY device_id, seq;
