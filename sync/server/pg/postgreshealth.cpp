// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// PostgresLedger's health check for akten-central's /healthz.
#include "sync/server/pg/postgresledger.h"

#include "app/store/migrator.h"

using namespace Qt::StringLiterals;

namespace akten::sync {

Status PostgresLedger::checkHealth()
{
    // Asked between requests (the server is single-threaded): a lost connection may be made again.
    if (auto connected = m_pg->reconnectIfLost(); !connected) {
        return Error { ErrorCode::Io, u"PostgreSQL does not answer: %1"_s.arg(connected.error().message) };
    }
    auto version = scalar(u"SELECT coalesce(max(version), 0) FROM akten_schema"_s, {});
    if (!version) {
        return Error { ErrorCode::Io, u"PostgreSQL does not answer: %1"_s.arg(version.error().message) };
    }
    const int current = version.value().value_or(u"0"_s).toInt();
    const int latest = store::Migrator::fromResources(u":/akten/central/pg/migrations"_s).latestVersion();
    if (current != latest) {
        return Error { ErrorCode::SchemaTooNew,
            u"the PostgreSQL schema is version %1, this akten-central's is %2"_s.arg(current).arg(latest) };
    }
    return {};
}

} // namespace akten::sync
