-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Audit events are history: stored whatever the author's rights are now, flagged here when the author or the unit
-- was not valid when they arrived (never refused for it, so a device's chain stays whole). An event whose content
-- does not match its hash raises a tamper alarm: the device's uploads are held while an alarm is open, until a
-- manager decides (aktenctl decide-alarm). Both tables are append-only but for the decision on an open alarm.
CREATE TABLE audit_flags (
    device_id  TEXT NOT NULL REFERENCES devices(device_id),
    device_seq INTEGER NOT NULL,
    flag       TEXT NOT NULL,
    PRIMARY KEY (device_id, device_seq)
) STRICT, WITHOUT ROWID;

CREATE TABLE tamper_alarms (
    device_id  TEXT NOT NULL REFERENCES devices(device_id),
    device_seq INTEGER NOT NULL,
    reason     TEXT NOT NULL,
    raised_ms  INTEGER NOT NULL,
    decision   TEXT CHECK (decision IN ('release', 'revoke')),
    decided_ms INTEGER,
    PRIMARY KEY (device_id, device_seq)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER audit_flags_no_update BEFORE UPDATE ON audit_flags
BEGIN SELECT RAISE(ABORT, 'append-only: audit_flags'); END;
CREATE TRIGGER audit_flags_no_delete BEFORE DELETE ON audit_flags
BEGIN SELECT RAISE(ABORT, 'append-only: audit_flags'); END;
CREATE TRIGGER tamper_alarms_no_delete BEFORE DELETE ON tamper_alarms
BEGIN SELECT RAISE(ABORT, 'append-only: tamper_alarms'); END;
CREATE TRIGGER tamper_alarms_decide_once BEFORE UPDATE ON tamper_alarms
WHEN OLD.decision IS NOT NULL OR NEW.device_id IS NOT OLD.device_id OR NEW.device_seq IS NOT OLD.device_seq
  OR NEW.reason IS NOT OLD.reason OR NEW.raised_ms IS NOT OLD.raised_ms
BEGIN SELECT RAISE(ABORT, 'append-only: tamper_alarms (only an open alarm is decided, once)'); END;
