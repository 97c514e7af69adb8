-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- When each device last uploaded everything it had written (an upload marked complete; this server's clock, ms;
-- 0 = never). The other devices of its units get it with their downloads and so know how current their copy of its
-- records is (sync/PROTOCOL.md, "Peers").
ALTER TABLE devices ADD COLUMN caught_up_ms INTEGER NOT NULL DEFAULT 0;
