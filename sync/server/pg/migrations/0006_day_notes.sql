-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Day notes (kind 'day_note') are the only records the central store deletes: 90 days after writing, as on the
-- tablets (CentralService::purgeExpiredDayNotes). The log stays append-only for everything else; a day note may be
-- deleted only inside the purge's transaction (which sets akten.day_note_purge_before_ms) and only if it was
-- written before that cutoff.
CREATE FUNCTION akten_records_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' AND OLD.kind = 'day_note'
       AND (OLD.body::jsonb #>> '{row,wall_ms}')::bigint
           < coalesce(nullif(current_setting('akten.day_note_purge_before_ms', true), '')::bigint, 0) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'append-only: % (only day notes 90 days old are purged)', TG_TABLE_NAME;
END
$$;
DROP TRIGGER records_append_only ON records;
CREATE TRIGGER records_append_only BEFORE UPDATE OR DELETE ON records
    FOR EACH ROW EXECUTE FUNCTION akten_records_guard();
CREATE INDEX records_day_notes ON records (kind, position) WHERE kind = 'day_note';
