-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- Closed cases (domain.md D3), as in the embedded store (migrations/0010_closed_cases.sql): once a resident's
-- case_closure is in the log, every other record about the resident is refused into `rejected` with the reason
-- 'closed case: <table>'; audit events are still taken. History, never changed. (0009 and 0010 belong to other work of
-- issue 17.)
CREATE TABLE closed_cases (
    resident_id TEXT PRIMARY KEY,
    closure_key TEXT NOT NULL,
    received_ms BIGINT NOT NULL
);
CREATE TRIGGER closed_cases_append_only BEFORE UPDATE OR DELETE ON closed_cases
    FOR EACH ROW EXECUTE FUNCTION akten_append_only();
