-- SPDX-License-Identifier: GPL-3.0-or-later
-- SPDX-FileCopyrightText: 2026 Akten developers
--
-- The log's foreign keys cost a trigger and a parent lookup per appended record, about a fifth of an upload's time.
-- What they guarded is held by the only code that appends, under the append lock: a record's unit is one of its
-- device's enrolled units (device_units keeps its foreign keys) and the device row is locked for the batch; units
-- and devices are never deleted. The embedded store keeps its foreign keys (SQLite checks them cheaply).
ALTER TABLE records DROP CONSTRAINT records_unit_id_fkey;
ALTER TABLE records DROP CONSTRAINT records_device_id_fkey;
