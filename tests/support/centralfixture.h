// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "app/store/database.h"
#include "sync/server/centralledger.h"

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
 * The embedded central store's file in `dir` (DIR/central.db) opened with its data key as `keys` unwraps it from
 * DIR/datakey.wrapped: a connection beside the server's own, to read or alter the log as a test or bench needs.
 */
[[nodiscard]] Result<store::Database> openEmbeddedCentral(const QString &dir, store::KeyProvider &keys);

} // namespace akten::test
