-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Schema version 2: enrolled badges. The card UID is stored only as a keyed hash (BLAKE2b with a random key kept in
-- device_state), the PIN only as an Argon2id verifier. failed_attempts is a counter, not a time window, so lockout
-- survives restarts and clock changes; a locked badge stays locked until a unit manager unlocks it.
CREATE TABLE badges (
    uid_hash        BLOB PRIMARY KEY CHECK (length(uid_hash) = 32),
    staff_id        TEXT NOT NULL REFERENCES staff(id),
    pin_verifier    TEXT NOT NULL CHECK (pin_verifier LIKE '$argon2id$%'),
    state           TEXT NOT NULL CHECK (state IN ('active', 'locked', 'revoked')),
    failed_attempts INTEGER NOT NULL CHECK (failed_attempts >= 0)
) STRICT, WITHOUT ROWID;
CREATE INDEX badges_staff ON badges(staff_id);
-- A revoked badge is never reactivated: enrol a new one.
CREATE TRIGGER badges_revoked_is_final BEFORE UPDATE ON badges
    WHEN OLD.state = 'revoked' BEGIN SELECT RAISE(ABORT, 'a revoked badge cannot change'); END;
