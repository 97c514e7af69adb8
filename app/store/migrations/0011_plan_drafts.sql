-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- The plan editor's unfinished plans, as they are edited with the resident: one per author and resident, on this
-- device only, never synced, deleted when the plan is set (fastställd). The body is the plan body's JSON
-- (core::encodePlanBody); base_id is the revision being revised ('' for a new plan).
CREATE TABLE plan_drafts (
    author_id   TEXT NOT NULL,
    resident_id TEXT NOT NULL REFERENCES residents(id),
    base_id     TEXT NOT NULL,
    decision_id TEXT NOT NULL,
    updated_ms  INTEGER NOT NULL,
    body        TEXT NOT NULL,
    PRIMARY KEY (author_id, resident_id)
) STRICT, WITHOUT ROWID;
