-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- The unit's own abbreviations for the writing assistant, kept by the SAS in the master data and synced down with
-- the unit: a JSON array of {"form": "TES", "expansion": "planeringsverktyget TES"} (expansion may be empty). The
-- assistant flags them like its curated list and offers the expansion.
ALTER TABLE units ADD COLUMN abbreviations TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(abbreviations) AND json_type(abbreviations) = 'array');
