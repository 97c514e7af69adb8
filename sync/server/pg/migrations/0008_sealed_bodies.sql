-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Record bodies are sealed by akten-central before they reach PostgreSQL (XChaCha20-Poly1305 with a key akten-central
-- holds, sync/server/pg/bodykeys.h): body is then base64 of nonce and ciphertext, and body_key the number of the key
-- in DIR/body-keys that sealed it. body_key NULL: a body stored in clear before this migration, read as it is.
-- (0007 and 0008 belong to other work of issue 16; the migrations run in the order of their numbers.)
ALTER TABLE records ADD COLUMN body_key INTEGER CHECK (body_key > 0);
ALTER TABLE rejected ADD COLUMN body_key INTEGER CHECK (body_key > 0);
ALTER TABLE master_records ADD COLUMN body_key INTEGER CHECK (body_key > 0);

-- The day-note purge cannot read a sealed body: the record's writing time (device clock, ms) is kept beside it.
ALTER TABLE records ADD COLUMN wall_ms BIGINT NOT NULL DEFAULT 0;
ALTER TABLE records DISABLE TRIGGER records_append_only;
UPDATE records SET wall_ms = coalesce((body::jsonb #>> '{row,wall_ms}')::bigint, 0);
ALTER TABLE records ENABLE TRIGGER records_append_only;

CREATE OR REPLACE FUNCTION akten_records_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.kind = 'day_note'
       AND OLD.wall_ms < coalesce(nullif(current_setting('akten.day_note_purge_before_ms', true), '')::bigint, 0) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'append-only: % (only day notes 90 days old are purged)', TG_TABLE_NAME;
END
$$;
