// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/pg/pgconninfo.h"

#include <QHostAddress>
#include <QMap>

#include <libpq-fe.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace akten::sync::pg {

bool isLocalHost(const QString &host)
{
    if (host.isEmpty() || host.startsWith(u'/') || host.startsWith(u'@')
        || host.compare("localhost"_L1, Qt::CaseInsensitive) == 0) {
        return true; // empty: libpq's default unix socket
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<QString> conninfoProblem(const QString &conninfo)
{
    char *error = nullptr;
    const std::unique_ptr<PQconninfoOption, decltype(&PQconninfoFree)> options(
        PQconninfoParse(conninfo.toUtf8().constData(), &error), &PQconninfoFree);
    if (!options) {
        const QString why = error ? QString::fromUtf8(error).trimmed() : u"out of memory"_s;
        PQfreemem(error);
        return u"--postgres: not a PostgreSQL connection string (%1)"_s.arg(why);
    }
    QMap<QString, QString> values;
    for (const PQconninfoOption *option = options.get(); option->keyword; ++option) {
        if (option->val && *option->val) {
            values.insert(QString::fromUtf8(option->keyword), QString::fromUtf8(option->val));
        }
    }
    if (values.contains(u"password"_s)) {
        return u"--postgres must not contain a password (command lines are visible to every user of the machine): "
               "use --postgres-password-file FILE, PGPASSWORD or PGPASSFILE"_s;
    }
    const auto setting = [&](const QString &keyword, const char *variable) {
        return values.contains(keyword) ? values.value(keyword) : qEnvironmentVariable(variable);
    };
    // libpq connects to hostaddr when given (host then only names the server for TLS), else to each host in turn.
    const QString hostaddr = setting(u"hostaddr"_s, "PGHOSTADDR");
    QStringList targets = hostaddr.isEmpty() ? setting(u"host"_s, "PGHOST").split(u',') : hostaddr.split(u',');
    bool local = true;
    for (const QString &target : targets) {
        local = local && isLocalHost(target.trimmed());
    }
    if (!local && setting(u"sslmode"_s, "PGSSLMODE") != "verify-full"_L1) {
        return u"--postgres names a database on another machine: add sslmode=verify-full (and sslrootcert if the "
               "server's CA is not in ~/.postgresql/root.crt)"_s;
    }
    return std::nullopt;
}

} // namespace akten::sync::pg
