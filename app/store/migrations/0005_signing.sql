-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Signing at the bedside: coded reasons for not done and for retractions (the words stay in `reason`), a signature
-- made after its window closed is marked late, and each unit's signing window and how its idle kiosk board names
-- residents. Every new column has a default, so rows written before (and from older tablets) stay valid.
ALTER TABLE signatures ADD COLUMN reason_code TEXT NOT NULL DEFAULT ''
    CHECK (reason_code IN ('', 'declined', 'absent', 'not_possible', 'other'));
ALTER TABLE signatures ADD COLUMN late INTEGER NOT NULL DEFAULT 0 CHECK (late IN (0, 1));
ALTER TABLE signature_retractions ADD COLUMN reason_code TEXT NOT NULL DEFAULT ''
    CHECK (reason_code IN ('', 'undone', 'wrong_resident', 'wrong_insats', 'wrong_time', 'other'));

-- The board and Nu read a unit's day: signatures by time, retractions by the signature they retract.
CREATE INDEX signatures_planned ON signatures(planned_for);
CREATE INDEX signature_retractions_signature ON signature_retractions(signature_id);

ALTER TABLE units ADD COLUMN window_before_minutes INTEGER NOT NULL DEFAULT 30
    CHECK (window_before_minutes BETWEEN 0 AND 720);
ALTER TABLE units ADD COLUMN window_after_minutes INTEGER NOT NULL DEFAULT 60
    CHECK (window_after_minutes BETWEEN 0 AND 720);
ALTER TABLE units ADD COLUMN board_label TEXT NOT NULL DEFAULT 'room' CHECK (board_label IN ('room', 'initials'));
