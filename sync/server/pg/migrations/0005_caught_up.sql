-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- When each device last uploaded everything it had written (an upload marked complete; this server's clock, ms;
-- 0 = never), as in the embedded store's 0004_caught_up.sql.
ALTER TABLE devices ADD COLUMN caught_up_ms BIGINT NOT NULL DEFAULT 0 CHECK (caught_up_ms >= 0);
