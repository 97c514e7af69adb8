-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- The refused shelf is history, as on PostgreSQL (pg/migrations/0001_central.sql, rejected_append_only): what a device
-- sent and why it was refused is never changed or removed, so a manager's `aktenctl rejected` shows all of it. The
-- same message as PostgreSQL's trigger. (0006 and 0007 belong to other work of issue 16; the migrator applies the
-- numbers it has in order.)
CREATE TRIGGER rejected_no_update BEFORE UPDATE ON rejected BEGIN SELECT RAISE(ABORT, 'append-only: rejected'); END;
CREATE TRIGGER rejected_no_delete BEFORE DELETE ON rejected BEGIN SELECT RAISE(ABORT, 'append-only: rejected'); END;
