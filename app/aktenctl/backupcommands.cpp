// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/backupcommands.h"

#include "app/aktenctl/cli.h"
#include "platform/keys/filekeyprovider.h"
#include "sync/server/centralbackup.h"
#include "sync/server/centrallocation.h"

#include <QDir>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace akten::cli {

int runBackupCommand(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption outOption(u"out"_s, u"the new backup file"_s, u"FILE"_s);
    parser.addOption(outOption);
    if (auto code = parseCentral(parser, location, args)) {
        return *code;
    }
    const QString out = parser.value(outOption);
    if (out.isEmpty() || !parser.positionalArguments().isEmpty()) {
        return printError(u"give --out FILE (a new file)"_s, Usage);
    }
    QElapsedTimer timer;
    timer.start();
    auto written = sync::backUpCentral(location.dir(), location.keys(), location.postgres(), out);
    if (!written) {
        return printError(written.error());
    }
    printOut(u"backup %1: %2 bytes in %3 ms"_s.arg(out).arg(written.value().bytes).arg(timer.elapsed()));
    if (location.postgres()) {
        printOut(u"store: PostgreSQL, not in this file: back it up with pg_dump (README)"_s);
    } else {
        printOut(u"store: %1 bytes, copied in one read transaction of %2 ms"_s.arg(written.value().storeBytes)
                     .arg(written.value().copyMs));
    }
    return Ok;
}

int runRestoreCommand(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption fromOption(u"from"_s, u"the backup file"_s, u"FILE"_s);
    parser.addOption(fromOption);
    if (auto code = parseCentral(parser, location, args)) {
        return *code;
    }
    if (parser.value(fromOption).isEmpty() || !parser.positionalArguments().isEmpty()) {
        return printError(u"give --from FILE"_s, Usage);
    }
    const QString key = parser.value(u"central-key"_s);
    const QString keyFile = key.isEmpty() ? location.dir() + u"/central.key"_s : QDir(key).absolutePath();
    QElapsedTimer timer;
    timer.start();
    std::optional<sync::PostgresTarget> postgres;
    if (location.postgres()) {
        postgres = sync::PostgresTarget { location.postgresConninfo(), location.postgresPassword() };
    }
    auto restored = sync::restoreCentral(parser.value(fromOption), location.dir(), location.keys(), keyFile, postgres);
    if (!restored) {
        return printError(restored.error());
    }
    printOut(u"restored %1 into %2 in %3 ms"_s.arg(parser.value(fromOption), location.dir()).arg(timer.elapsed()));
    for (const auto &[what, count] : restored.value().counts) {
        printOut(u"%1 %2"_s.arg(what).arg(count));
    }
    printOut(postgres ? u"the log goes on at position %1"_s.arg(restored.value().jumpedTo)
                      : u"integrity ok (%1 audit events in intact chains); the log goes on at position %2"_s
                            .arg(restored.value().auditEvents)
                            .arg(restored.value().jumpedTo));
    return Ok;
}

} // namespace akten::cli
