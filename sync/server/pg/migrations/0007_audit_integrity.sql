-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Audit flags and tamper alarms, as in the embedded store (sync/server/migrations/0006_audit_integrity.sql).
CREATE TABLE audit_flags (
    device_id  TEXT NOT NULL REFERENCES devices(device_id),
    device_seq BIGINT NOT NULL,
    flag       TEXT NOT NULL,
    PRIMARY KEY (device_id, device_seq)
);

CREATE TABLE tamper_alarms (
    device_id  TEXT NOT NULL REFERENCES devices(device_id),
    device_seq BIGINT NOT NULL,
    reason     TEXT NOT NULL,
    raised_ms  BIGINT NOT NULL,
    decision   TEXT CHECK (decision IN ('release', 'revoke')),
    decided_ms BIGINT,
    PRIMARY KEY (device_id, device_seq)
);

CREATE TRIGGER audit_flags_append_only BEFORE UPDATE OR DELETE ON audit_flags
    FOR EACH ROW EXECUTE FUNCTION akten_append_only();

CREATE FUNCTION akten_alarm_decided_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' OR OLD.decision IS NOT NULL OR NEW.device_id <> OLD.device_id
       OR NEW.device_seq <> OLD.device_seq OR NEW.reason <> OLD.reason OR NEW.raised_ms <> OLD.raised_ms THEN
        RAISE EXCEPTION 'append-only: tamper_alarms (only an open alarm is decided, once)';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER tamper_alarms_decided_once BEFORE UPDATE OR DELETE ON tamper_alarms
    FOR EACH ROW EXECUTE FUNCTION akten_alarm_decided_once();
