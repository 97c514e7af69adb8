// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/centralfixture.h"

#include "app/store/keyprovider.h"
#include "sync/server/pg/pgconnection.h"
#include "sync/server/pg/postgresledger.h"
#include "sync/server/sqliteledger.h"

#include <QFile>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace akten::test {

bool usingPostgres()
{
    return !qEnvironmentVariableIsEmpty("AKTEN_TEST_POSTGRES");
}

Result<std::unique_ptr<sync::CentralLedger>> freshCentralLedger(
    const QString &dir, store::KeyProvider &keys, QString *conninfo)
{
    if (!usingPostgres()) {
        auto ledger = sync::SqliteLedger::open(dir, keys);
        if (!ledger) {
            return ledger.error();
        }
        return std::unique_ptr<sync::CentralLedger>(std::move(ledger).value());
    }
    const QString server = qEnvironmentVariable("AKTEN_TEST_POSTGRES");
    auto admin = sync::pg::PgConnection::connect(server);
    if (!admin) {
        return admin.error();
    }
    const QString name = u"akten_test_%1"_s.arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    if (auto created = admin.value()->script(u"CREATE DATABASE %1"_s.arg(name)); !created) {
        return created.error();
    }
    const QString info = server + u" dbname="_s + name;
    if (conninfo) {
        *conninfo = info;
    }
    auto bodyKeys = sync::BodyKeys::open(dir, keys);
    if (!bodyKeys) {
        return bodyKeys.error();
    }
    auto ledger = sync::PostgresLedger::connect(info, std::move(bodyKeys).value());
    if (!ledger) {
        return ledger.error();
    }
    return std::unique_ptr<sync::CentralLedger>(std::move(ledger).value());
}

Result<store::Database> openEmbeddedCentral(const QString &dir, store::KeyProvider &keys)
{
    QFile wrapped(dir + u"/datakey.wrapped"_s);
    if (!wrapped.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::NotFound, u"no datakey.wrapped in %1"_s.arg(dir) };
    }
    auto key = keys.unwrap(wrapped.readAll());
    if (!key) {
        return key.error();
    }
    return store::Database::openEncrypted(dir + u"/central.db"_s, key.value(), store::Database::Mode::OpenExisting);
}

} // namespace akten::test
