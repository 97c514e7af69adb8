// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/centrallocation.h"

#include "sync/server/pg/pgconninfo.h"
#include "sync/server/pg/postgresledger.h"
#include "sync/server/sqliteledger.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace akten::sync {

CentralLocation::CentralLocation(QCommandLineParser &parser, KeyProviderFactory keys)
    : m_dirOption(u"central-dir"_s, u"central directory (TLS material; embedded store)"_s, u"DIR"_s)
    , m_keyOption(u"central-key"_s, u"key file wrapping the central secrets (default DIR/central.key)"_s, u"FILE"_s)
    , m_postgresOption(u"postgres"_s, u"PostgreSQL connection string instead of the embedded store"_s, u"CONNINFO"_s)
    , m_passwordFileOption(
          u"postgres-password-file"_s, u"file holding the PostgreSQL password (owner-only)"_s, u"FILE"_s)
    , m_makeKeys(std::move(keys))
{
    parser.addOption(m_dirOption);
    parser.addOption(m_keyOption);
    parser.addOption(m_postgresOption);
    parser.addOption(m_passwordFileOption);
}

std::optional<QString> CentralLocation::read(const QCommandLineParser &parser)
{
    if (parser.value(m_dirOption).isEmpty()) {
        return u"--central-dir is required"_s;
    }
    m_dir = QDir::cleanPath(QDir(parser.value(m_dirOption)).absolutePath());
    const QString key = parser.value(m_keyOption);
    const QString credentials = qEnvironmentVariable("CREDENTIALS_DIRECTORY");
    m_keyFromCredential = !credentials.isEmpty() && QFile::exists(credentials + u"/central.key"_s);
    if (m_keyFromCredential) {
        m_keyPath = QDir::cleanPath(credentials + u"/central.key"_s);
    } else {
        m_keyPath = key.isEmpty() ? m_dir + u"/central.key"_s : QDir::cleanPath(QDir(key).absolutePath());
    }
    m_keys = m_makeKeys(m_keyPath);
    m_postgres = parser.value(m_postgresOption);
    if (parser.isSet(m_postgresOption)) {
        if (auto problem = pg::conninfoProblem(m_postgres)) {
            return problem;
        }
    }
    if (!parser.isSet(m_passwordFileOption)) {
        return std::nullopt;
    }
    if (!parser.isSet(m_postgresOption)) {
        return u"--postgres-password-file needs --postgres CONNINFO"_s;
    }
    const QString path = parser.value(m_passwordFileOption);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return u"cannot read the PostgreSQL password file %1"_s.arg(path);
    }
    if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)) {
        return u"the PostgreSQL password file %1 is accessible by others; chmod 600 it"_s.arg(path);
    }
    m_postgresPassword = file.readLine(4096);
    while (m_postgresPassword.endsWith('\n') || m_postgresPassword.endsWith('\r')) {
        m_postgresPassword.chop(1);
    }
    if (m_postgresPassword.isEmpty()) {
        return u"the PostgreSQL password file %1 is empty"_s.arg(path);
    }
    return std::nullopt;
}

std::optional<QString> CentralLocation::keyInsideDirProblem() const
{
    if (m_keyFromCredential || !m_keyPath.startsWith(m_dir + u'/')) {
        return std::nullopt;
    }
    return u"the central key %1 lies inside the central directory %2: keep it outside (e.g. central-key = "
           "/etc/akten/central.key, given to the service with LoadCredential=), so that a copy of the directory "
           "alone opens nothing"_s.arg(m_keyPath, m_dir);
}

Result<std::unique_ptr<CentralService>> CentralLocation::open(const core::Clock &clock, bool create)
{
    if (!create && !QFile::exists(m_dir + u"/ca.crt"_s)) {
        return Error { ErrorCode::NotFound, u"no central store in %1 (run akten-central init)"_s.arg(m_dir) };
    }
    if (!create && !QFile::exists(m_keyPath)) {
        return Error { ErrorCode::NotFound,
            u"no central key at %1: the central directory alone opens nothing; give the key with --central-key FILE "
            "(or as the systemd credential central.key)"_s.arg(m_keyPath) };
    }
    if (create && !QDir().mkpath(m_dir)) {
        return Error { ErrorCode::Io, u"cannot create %1"_s.arg(m_dir) };
    }
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (auto prepared = m_keys->prepare(create); !prepared) {
        return prepared.error();
    }
    std::unique_ptr<CentralLedger> ledger;
    if (m_postgres.isEmpty()) {
        auto opened = SqliteLedger::open(m_dir, *m_keys);
        if (!opened) {
            return opened.error();
        }
        ledger = std::move(opened).value();
    } else {
        auto bodyKeys = BodyKeys::open(m_dir, *m_keys);
        if (!bodyKeys) {
            return bodyKeys.error();
        }
        auto connected = PostgresLedger::connect(m_postgres, std::move(bodyKeys).value(), m_postgresPassword);
        if (!connected) {
            return connected.error();
        }
        ledger = std::move(connected).value();
    }
    return std::make_unique<CentralService>(std::move(ledger), clock);
}

} // namespace akten::sync
