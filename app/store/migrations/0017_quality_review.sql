-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- The yearly quality review of implementation plans (domain.md D9, core/qualityreview.h), both synced as facts:
-- the drawn sample of a unit and year ('quality_sample': the seed it was drawn with and the plans it drew, so anyone
-- can draw it again from the seed) and one questionnaire per sampled plan ('quality_review'). Two samples of one
-- unit and year drawn offline on two tablets are both kept; the lowest HLC is the sample everywhere. Immutable.

CREATE TABLE quality_samples (
    id          TEXT PRIMARY KEY,
    author_id   TEXT NOT NULL,
    device_id   TEXT NOT NULL,
    hlc         TEXT NOT NULL,
    wall_ms     INTEGER NOT NULL,
    -- No foreign key: the central store keeps the sample in this unit's log (it checks the device serves the unit),
    -- and a reference to master data other than a resident is refused there.
    unit_id     TEXT NOT NULL,
    sample_year INTEGER NOT NULL CHECK (sample_year BETWEEN 2000 AND 9999),
    seed        TEXT NOT NULL CHECK (length(seed) BETWEEN 1 AND 20 AND seed NOT GLOB '*[^0-9]*'),
    small       INTEGER NOT NULL CHECK (small IN (0, 1)),
    eligible    INTEGER NOT NULL CHECK (eligible >= 0),
    plans       TEXT NOT NULL CHECK (json_valid(plans) AND json_type(plans) = 'array'
                                     AND json_array_length(plans) <= eligible)
) STRICT, WITHOUT ROWID;
CREATE INDEX quality_samples_unit_year ON quality_samples(unit_id, sample_year, hlc);

CREATE TABLE quality_reviews (
    id             TEXT PRIMARY KEY,
    author_id      TEXT NOT NULL,
    device_id      TEXT NOT NULL,
    hlc            TEXT NOT NULL,
    wall_ms        INTEGER NOT NULL,
    sample_id      TEXT NOT NULL REFERENCES quality_samples(id),
    resident_id    TEXT NOT NULL REFERENCES residents(id),
    revision_id    TEXT NOT NULL, -- no foreign key: the revision may arrive after the review from another tablet
    review_date    TEXT NOT NULL,
    reviewer_name  TEXT NOT NULL CHECK (length(reviewer_name) > 0),
    reviewer_title TEXT NOT NULL,
    -- The five questions (core::ReviewQuestion order); every one answered, or the review is not written.
    follows_decision  TEXT NOT NULL CHECK (follows_decision IN ('yes', 'partly', 'no')),
    individual        TEXT NOT NULL CHECK (individual IN ('yes', 'partly', 'no')),
    participation     TEXT NOT NULL CHECK (participation IN ('yes', 'partly', 'no')),
    measurable_goals  TEXT NOT NULL CHECK (measurable_goals IN ('yes', 'partly', 'no')),
    follow_up_on_time TEXT NOT NULL CHECK (follow_up_on_time IN ('yes', 'partly', 'no')),
    comments       TEXT NOT NULL CHECK (json_valid(comments) AND json_type(comments) = 'array'
                                        AND json_array_length(comments) = 5)
) STRICT, WITHOUT ROWID;
CREATE INDEX quality_reviews_sample ON quality_reviews(sample_id);

CREATE TRIGGER quality_samples_no_update BEFORE UPDATE ON quality_samples
BEGIN SELECT RAISE(ABORT, 'append-only: quality_samples'); END;
CREATE TRIGGER quality_samples_no_delete BEFORE DELETE ON quality_samples
BEGIN SELECT RAISE(ABORT, 'append-only: quality_samples'); END;
CREATE TRIGGER quality_reviews_no_update BEFORE UPDATE ON quality_reviews
BEGIN SELECT RAISE(ABORT, 'append-only: quality_reviews'); END;
CREATE TRIGGER quality_reviews_no_delete BEFORE DELETE ON quality_reviews
BEGIN SELECT RAISE(ABORT, 'append-only: quality_reviews'); END;

-- Sync: queued like every other fact (0003_sync.sql).
CREATE TRIGGER sync_queue_quality_samples AFTER INSERT ON quality_samples
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('quality_sample', NEW.id); END;
CREATE TRIGGER sync_queue_quality_reviews AFTER INSERT ON quality_reviews
WHEN (SELECT value FROM device_state WHERE key = 'sync.applying') IS NULL
  AND NEW.device_id = (SELECT value FROM device_state WHERE key = 'device_id')
BEGIN INSERT INTO sync_outbox (kind, record_key) VALUES ('quality_review', NEW.id); END;
