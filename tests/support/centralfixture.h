// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/demo/demodata.h"
#include "app/store/database.h"
#include "sync/server/centralledger.h"
#include "sync/server/centralstore.h"

#include <memory>

namespace akten::store {
class KeyProvider;
}

namespace akten::test {

/** True when the test runs under tests/support/with-postgres.sh (AKTEN_TEST_POSTGRES set). */
[[nodiscard]] bool usingPostgres();

/**
 * A fresh central ledger for a test: on the PostgreSQL server of with-postgres.sh (a new database each call; its
 * libpq connection string in *conninfo for more connections) or else an embedded store in `dir`.
 */
[[nodiscard]] Result<std::unique_ptr<sync::CentralLedger>> freshCentralLedger(
    const QString &dir, store::KeyProvider &keys, QString *conninfo = nullptr);

/**
 * The rights of the demo site as akten-central's import gives them: every unit, staff member and resident; the staff
 * in `inactive` as no longer active.
 */
[[nodiscard]] inline sync::RightsSnapshot demoRights(const demo::DemoData &data, const QList<core::Id> &inactive = {})
{
    sync::RightsSnapshot rights;
    for (const auto &unit : data.units) {
        rights.units << unit.id;
    }
    for (const auto &staff : data.staff) {
        rights.staff.append({ staff.id, staff.active && !inactive.contains(staff.id), staff.unitIds });
    }
    for (const auto &resident : data.residents) {
        rights.residents.append({ resident.id, resident.unitId });
    }
    return rights;
}

/**
 * The embedded central store's file in `dir` (DIR/central.db) opened with its data key as `keys` unwraps it from
 * DIR/datakey.wrapped: a connection beside the server's own, to read or alter the log as a test or bench needs.
 */
[[nodiscard]] Result<store::Database> openEmbeddedCentral(const QString &dir, store::KeyProvider &keys);

} // namespace akten::test
