-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- The central store (PostgreSQL backend), the same tables as the embedded one (sync/server/migrations). Records are
-- kept as the protocol's JSON text, byte for byte as received (retries are compared with it).

CREATE TABLE units (
    id TEXT PRIMARY KEY
);
CREATE TABLE staff (
    id     TEXT PRIMARY KEY,
    active BOOLEAN NOT NULL
);
CREATE TABLE staff_units (
    staff_id TEXT NOT NULL REFERENCES staff(id),
    unit_id  TEXT NOT NULL REFERENCES units(id),
    PRIMARY KEY (staff_id, unit_id)
);
CREATE TABLE residents (
    id      TEXT PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id)
);

CREATE TABLE devices (
    device_id     TEXT PRIMARY KEY,
    revoked       BOOLEAN NOT NULL DEFAULT false,
    acked_through BIGINT NOT NULL DEFAULT 0 CHECK (acked_through >= 0)
);
CREATE TABLE device_units (
    device_id TEXT NOT NULL REFERENCES devices(device_id),
    unit_id   TEXT NOT NULL REFERENCES units(id),
    PRIMARY KEY (device_id, unit_id)
);

-- One log; appends are serialised (pg_advisory_xact_lock in PostgresLedger::lockProgress), so positions become
-- visible in order and a download cursor never passes a record that commits later.
CREATE TABLE records (
    position    BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    unit_id     TEXT NOT NULL REFERENCES units(id),
    kind        TEXT NOT NULL,
    record_key  TEXT NOT NULL,
    device_id   TEXT NOT NULL REFERENCES devices(device_id),
    device_seq  BIGINT NOT NULL,
    body        TEXT NOT NULL,
    received_ms BIGINT NOT NULL,
    UNIQUE (kind, record_key),
    UNIQUE (device_id, device_seq)
);
CREATE INDEX records_unit ON records (unit_id, position);

CREATE TABLE rejected (
    device_id   TEXT NOT NULL REFERENCES devices(device_id),
    device_seq  BIGINT NOT NULL,
    kind        TEXT NOT NULL,
    record_key  TEXT NOT NULL,
    reason      TEXT NOT NULL,
    body        TEXT NOT NULL,
    received_ms BIGINT NOT NULL,
    PRIMARY KEY (device_id, device_seq)
);

CREATE TABLE audit_heads (
    device_id TEXT PRIMARY KEY REFERENCES devices(device_id),
    seq       BIGINT NOT NULL,
    hash      TEXT NOT NULL
);

CREATE FUNCTION akten_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'append-only: %', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER records_append_only BEFORE UPDATE OR DELETE ON records
    FOR EACH ROW EXECUTE FUNCTION akten_append_only();
CREATE TRIGGER rejected_append_only BEFORE UPDATE OR DELETE ON rejected
    FOR EACH ROW EXECUTE FUNCTION akten_append_only();
