-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- One-time enrolment codes (aktenctl enrol-device): kept only as a SHA-256 hash; a code enrols one new device for
-- its units, once, before it expires.
CREATE TABLE enrolment_codes (
    code_hash  TEXT PRIMARY KEY,
    unit_ids   TEXT NOT NULL,
    expires_ms INTEGER NOT NULL,
    used_by    TEXT
) STRICT, WITHOUT ROWID;
