-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- One-time enrolment codes, as in the embedded store (sync/server/migrations/0002_enrolment.sql).
CREATE TABLE enrolment_codes (
    code_hash  TEXT PRIMARY KEY,
    unit_ids   TEXT NOT NULL,
    expires_ms BIGINT NOT NULL,
    used_by    TEXT
);
