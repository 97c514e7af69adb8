// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/synccommands.h"

#include "app/aktenctl/cli.h"
#include "app/core/clock.h"
#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"
#include "sync/client/enrolment.h"
#include "sync/client/syncsession.h"
#include "sync/importer/syncrows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace akten::cli {

int runEnrolCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser);
    const QCommandLineOption urlOption(u"enrol-url"_s, u"akten-central's enrolment address"_s, u"URL"_s);
    const QCommandLineOption codeOption(u"code"_s, u"one-time enrolment code"_s, u"CODE"_s);
    const QCommandLineOption caOption(u"ca-sha256"_s, u"the site CA's fingerprint"_s, u"HEX"_s);
    parser.addOptions({ urlOption, codeOption, caOption });
    if (auto usageError = options.parse(parser, args)) {
        return printError(*usageError, Usage);
    }
    if (!parser.isSet(urlOption) || !parser.isSet(codeOption) || !parser.isSet(caOption)) {
        return printError(u"--enrol-url, --code and --ca-sha256 are required"_s, Usage);
    }
    const core::SystemClock clock;
    auto opened = options.openStore(clock);
    if (!opened) {
        return printError(opened.error());
    }
    store::DeviceStore &store = *opened.value().second;
    sync::Enrolment enrolment(options.dataDir(), store.deviceId(), *opened.value().first);
    int exitCode = Failed;
    QObject::connect(&enrolment, &sync::Enrolment::finished, [&](const Status &result) {
        exitCode = result ? Ok : printError(result.error());
        if (result) {
            printOut(u"enrolled %1"_s.arg(store.deviceId()));
        }
        QCoreApplication::exit(exitCode);
    });
    enrolment.start(QUrl(parser.value(urlOption)), parser.value(codeOption), parser.value(caOption));
    QCoreApplication::exec();
    return exitCode;
}

int runSyncCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser);
    const QCommandLineOption centralOption(u"central"_s, u"akten-central's sync address"_s, u"URL"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"print the outcome as one JSON object"_s);
    parser.addOptions({ centralOption, jsonOption });
    if (auto usageError = options.parse(parser, args)) {
        return printError(*usageError, Usage);
    }
    const QUrl central(parser.value(centralOption));
    if (central.scheme() != "https"_L1) {
        return printError(u"--central must be an https:// address"_s, Usage);
    }
    const core::SystemClock clock;
    auto opened = options.openStore(clock);
    if (!opened) {
        return printError(opened.error());
    }
    auto credentials = sync::DeviceCredentials::load(options.dataDir(), *opened.value().first);
    if (!credentials) {
        return printError(credentials.error());
    }
    sync::CentralClient client(credentials.value().tlsConfiguration());
    sync::SyncSession session(*opened.value().second, clock, client, central);
    int exitCode = Failed;
    QObject::connect(&session, &sync::SyncSession::finished, [&](const sync::SyncOutcome &outcome) {
        const auto pending = sync::DeviceSync(*opened.value().second, clock).pendingUploads();
        const QJsonObject summary { { u"uploaded"_s, outcome.uploaded }, { u"rejected"_s, outcome.rejected },
            { u"downloaded"_s, outcome.downloaded }, { u"download_rejected"_s, outcome.downloadRejected },
            { u"pending"_s, pending ? pending.value() : -1 } };
        if (outcome.end == sync::SyncOutcome::End::Revoked) {
            opened.value().second.reset(); // close the store before its key goes
            // The wrapped keys and the device key: an old copy of datakey.wrapped then opens nothing.
            auto erased = sync::DeviceCredentials::eraseSecrets(options.dataDir());
            if (auto destroyed = opened.value().first->destroy(); erased && !destroyed) {
                erased = destroyed;
            }
            exitCode = printError(erased
                    ? u"device revoked by the central store: data key erased"_s
                    : u"device revoked, but the keys could not all be erased: %1"_s.arg(erased.error().message));
        } else if (outcome.end == sync::SyncOutcome::End::Failed) {
            exitCode = printError(u"sync failed: %1"_s.arg(outcome.error));
        } else {
            exitCode = Ok;
            printOut(parser.isSet(jsonOption)
                    ? QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact))
                    : u"synced: %1 uploaded, %2 rejected, %3 downloaded"_s.arg(outcome.uploaded)
                          .arg(outcome.rejected)
                          .arg(outcome.downloaded));
        }
        QCoreApplication::exit(exitCode);
    });
    session.start();
    QCoreApplication::exec();
    return exitCode;
}

int runExportMasterCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser);
    if (auto usageError = options.parse(parser, args)) {
        return printError(*usageError, Usage);
    }
    const core::SystemClock clock;
    auto opened = options.openStore(clock);
    if (!opened) {
        return printError(opened.error());
    }
    auto records = sync::SyncRows(opened.value().second->db()).exportMaster();
    if (!records) {
        return printError(records.error());
    }
    QJsonArray array;
    for (const QJsonObject &record : records.value()) {
        array.append(record);
    }
    printOut(QString::fromUtf8(
        QJsonDocument(QJsonObject { { u"protocol"_s, sync::kProtocolVersion }, { u"records"_s, array } })
            .toJson(QJsonDocument::Compact)));
    return Ok;
}

} // namespace akten::cli
