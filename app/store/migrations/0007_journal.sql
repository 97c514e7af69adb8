-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Writing the social journal on the tablet: the time of the event when stated (the recording time stays in wall_ms),
-- whether a health matter was also recorded in the patient record, drafts that survive a crash, and a full-text
-- index for search. The index is an FTS5 table inside this encrypted database (no plaintext index anywhere else);
-- triggers keep it complete, also for entries and corrections that come down from other tablets.
ALTER TABLE journal_entries ADD COLUMN event_time TEXT NOT NULL DEFAULT ''
    CHECK (event_time = '' OR event_time GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE journal_entries ADD COLUMN hsl_recorded INTEGER NOT NULL DEFAULT 0 CHECK (hsl_recorded IN (0, 1));

-- A writer's unfinished notes, as they type: this device and this author only, never synced, deleted when saved.
CREATE TABLE journal_drafts (
    id         TEXT PRIMARY KEY,
    author_id  TEXT NOT NULL,
    updated_ms INTEGER NOT NULL,
    body       TEXT NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX journal_drafts_author ON journal_drafts(author_id, updated_ms);

CREATE VIRTUAL TABLE journal_search USING fts5(entry_id UNINDEXED, text, tokenize = 'unicode61 remove_diacritics 0');
INSERT INTO journal_search (entry_id, text) SELECT id, text FROM journal_entries;
INSERT INTO journal_search (entry_id, text) SELECT entry_id, text FROM corrections;
CREATE TRIGGER journal_entries_search AFTER INSERT ON journal_entries
    BEGIN INSERT INTO journal_search (entry_id, text) VALUES (NEW.id, NEW.text); END;
CREATE TRIGGER corrections_search AFTER INSERT ON corrections
    BEGIN INSERT INTO journal_search (entry_id, text) VALUES (NEW.entry_id, NEW.text); END;
