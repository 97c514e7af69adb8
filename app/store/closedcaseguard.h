// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QStringList>

namespace akten::store {

class Database;

/**
 * The store's own enforcement of a closed case (domain.md D3): every table of a syncing record (one with a
 * sync_queue_<table> outbox trigger) that has a resident_id column, audit_events excepted (reading a closed record is
 * still logged), gets a BEFORE INSERT trigger closed_case_<table> refusing a row for a resident with a case_closure:
 * RAISE(ABORT, 'closed case: <table>'). The guards are derived from the schema at every open rather than listed in a
 * migration, so a kind another migration adds later is guarded without anyone remembering to. Rows a sync download
 * applies (device_state 'sync.applying') pass: what the central store accepted before the closure reached it is part
 * of the record. tests/unit/store/closedcaseguardtest.cpp checks every such kind of records::recordKinds().
 */
[[nodiscard]] Status installClosedCaseGuards(Database &db);

/** The tables installClosedCaseGuards() guards in `db`, by name. */
[[nodiscard]] Result<QStringList> closedCaseGuardedTables(Database &db);

} // namespace akten::store
