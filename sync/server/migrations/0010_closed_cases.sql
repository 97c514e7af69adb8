-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Closed cases (domain.md D3): once a resident's case_closure is in the log, every other record about the resident is
-- refused into `rejected` with the reason 'closed case: <table>' (UploadBatch); audit events are still taken (reading
-- a closed record is logged). One row per resident, written with the closure in the upload's transaction; history,
-- never changed. (0008 and 0009 belong to other work of issue 17; the migrator applies the numbers it has in order.)
CREATE TABLE closed_cases (
    resident_id TEXT PRIMARY KEY,
    closure_key TEXT NOT NULL,
    received_ms INTEGER NOT NULL
) STRICT;
CREATE TRIGGER closed_cases_no_update BEFORE UPDATE ON closed_cases
BEGIN SELECT RAISE(ABORT, 'append-only: closed_cases'); END;
CREATE TRIGGER closed_cases_no_delete BEFORE DELETE ON closed_cases
BEGIN SELECT RAISE(ABORT, 'append-only: closed_cases'); END;
