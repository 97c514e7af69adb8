// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/centralcommands.h"

#include "app/aktenctl/cli.h"
#include "app/core/clock.h"
#include "platform/keys/filekeyprovider.h"
#include "sync/server/centrallocation.h"
#include "sync/server/masterimport.h"
#include "sync/server/sitecredentials.h"
#include "sync/tls/certificates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace Qt::StringLiterals;

namespace akten::cli {
namespace {

constexpr qint64 kMaxImportBytes = 64 * 1024 * 1024;

/** Parses and opens the central store; on failure prints the error and returns the exit code in `exitCode`. */
std::unique_ptr<sync::CentralService> openCentral(
    QCommandLineParser &parser, sync::CentralLocation &location, const QStringList &args, int &exitCode)
{
    if (auto code = parseCentral(parser, location, args)) {
        exitCode = *code;
        return nullptr;
    }
    static const core::SystemClock clock;
    auto store = location.open(clock, false);
    if (!store) {
        exitCode = printError(store.error());
        return nullptr;
    }
    return std::move(store).value();
}

} // namespace

int runEnrolDeviceCommand(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption unitOption(u"unit"_s, u"unit the device serves (repeat)"_s, u"ID"_s);
    const QCommandLineOption hoursOption(u"valid-hours"_s, u"code validity"_s, u"HOURS"_s, u"24"_s);
    parser.addOption(unitOption);
    parser.addOption(hoursOption);
    int exitCode = Ok;
    auto central = openCentral(parser, location, args, exitCode);
    if (!central) {
        return exitCode;
    }
    QList<core::Id> units;
    for (const QString &unit : parser.values(unitOption)) {
        units << core::idFromString(unit);
        if (units.constLast().isNull()) {
            return printError(u"--unit %1 is not a unit id"_s.arg(unit), Usage);
        }
    }
    bool ok = false;
    const int hours = parser.value(hoursOption).toInt(&ok);
    if (units.isEmpty() || !ok || hours < 1 || hours > 24 * 14) {
        return printError(u"give at least one --unit and --valid-hours between 1 and 336"_s, Usage);
    }
    auto code = central->createEnrolmentCode(units, qint64(hours) * 3600 * 1000);
    if (!code) {
        return printError(code.error());
    }
    auto credentials = sync::SiteCredentials::load(location.dir(), location.keys());
    if (!credentials) {
        return printError(credentials.error());
    }
    printOut(u"code %1"_s.arg(code.value()));
    printOut(u"ca-sha256 %1"_s.arg(sync::tls::fingerprint(credentials.value().caCertificatePem())));
    return Ok;
}

int runRevokeDeviceCommand(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption deviceOption(u"device"_s, u"device id"_s, u"ID"_s);
    parser.addOption(deviceOption);
    int exitCode = Ok;
    auto central = openCentral(parser, location, args, exitCode);
    if (!central) {
        return exitCode;
    }
    if (auto revoked = central->revokeDevice(parser.value(deviceOption)); !revoked) {
        return printError(revoked.error());
    }
    printOut(u"revoked %1"_s.arg(parser.value(deviceOption)));
    return Ok;
}

namespace {

/** The `--device ID [--json]` listings (rejected, flagged): one `SEQ: reason` line each, or one JSON array. */
int printDeviceList(const QStringList &args,
    const std::function<Result<QList<sync::ItemResult>>(sync::CentralService &, const QString &)> &list)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption deviceOption(u"device"_s, u"device id"_s, u"ID"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"one JSON array"_s);
    parser.addOptions({ deviceOption, jsonOption });
    int exitCode = Ok;
    auto central = openCentral(parser, location, args, exitCode);
    if (!central) {
        return exitCode;
    }
    if (core::idFromString(parser.value(deviceOption)).isNull()) {
        return printError(u"--device needs a device id"_s, Usage);
    }
    const auto items = list(*central, parser.value(deviceOption));
    if (!items) {
        return printError(items.error());
    }
    QJsonArray array;
    QStringList lines;
    for (const sync::ItemResult &item : items.value()) {
        array.append(QJsonObject { { u"seq"_s, item.deviceSeq }, { u"reason"_s, item.reason } });
        lines << u"%1: %2"_s.arg(item.deviceSeq).arg(item.reason);
    }
    printOut(parser.isSet(jsonOption) ? QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))
                                      : lines.join(u'\n'));
    return Ok;
}

} // namespace

int runRejectedCommand(const QStringList &args)
{
    return printDeviceList(
        args, [](sync::CentralService &central, const QString &device) { return central.rejectedFor(device); });
}

int runFlaggedCommand(const QStringList &args)
{
    return printDeviceList(
        args, [](sync::CentralService &central, const QString &device) { return central.flaggedAuditFor(device); });
}

int runAlarmsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption deviceOption(u"device"_s, u"device id"_s, u"ID"_s);
    const QCommandLineOption jsonOption(u"json"_s, u"one JSON array"_s);
    parser.addOptions({ deviceOption, jsonOption });
    int exitCode = Ok;
    auto central = openCentral(parser, location, args, exitCode);
    if (!central) {
        return exitCode;
    }
    if (core::idFromString(parser.value(deviceOption)).isNull()) {
        return printError(u"--device needs a device id"_s, Usage);
    }
    const auto alarms = central->alarmsFor(parser.value(deviceOption));
    if (!alarms) {
        return printError(alarms.error());
    }
    QJsonArray array;
    QStringList lines;
    for (const sync::TamperAlarm &alarm : alarms.value()) {
        const QString state = alarm.decision.isEmpty() ? u"open"_s : alarm.decision;
        array.append(QJsonObject { { u"seq"_s, alarm.deviceSeq }, { u"reason"_s, alarm.reason },
            { u"decision"_s, alarm.decision.isEmpty() ? QJsonValue() : QJsonValue(alarm.decision) } });
        lines << u"%1: %2: %3"_s.arg(alarm.deviceSeq).arg(state, alarm.reason);
    }
    printOut(parser.isSet(jsonOption) ? QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact))
                                      : lines.join(u'\n'));
    return Ok;
}

int runDecideAlarmCommand(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption deviceOption(u"device"_s, u"device id"_s, u"ID"_s);
    const QCommandLineOption releaseOption(u"release"_s, u"take the device's uploads again"_s);
    const QCommandLineOption revokeOption(u"revoke"_s, u"revoke the device"_s);
    parser.addOptions({ deviceOption, releaseOption, revokeOption });
    int exitCode = Ok;
    auto central = openCentral(parser, location, args, exitCode);
    if (!central) {
        return exitCode;
    }
    const QString device = parser.value(deviceOption);
    if (core::idFromString(device).isNull() || parser.isSet(releaseOption) == parser.isSet(revokeOption)) {
        return printError(u"give --device ID and one of --release or --revoke"_s, Usage);
    }
    const bool revoke = parser.isSet(revokeOption);
    auto decided = central->decideAlarms(device, revoke ? sync::AlarmDecision::Revoke : sync::AlarmDecision::Release);
    if (!decided) {
        return printError(decided.error());
    }
    printOut(
        u"%1 %2 (%3 tamper alarms decided)"_s.arg(revoke ? u"revoked"_s : u"released"_s, device).arg(decided.value()));
    return Ok;
}

int runImportMasterCommand(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    parser.addPositionalArgument(u"file"_s, u"master data JSON"_s);
    int exitCode = Ok;
    auto central = openCentral(parser, location, args, exitCode);
    if (!central) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return printError(u"give one JSON file"_s, Usage);
    }
    const QString path = parser.positionalArguments().constFirst();
    QFile file(path);
    const bool opened = path == "-"_L1 ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly);
    if (!opened) {
        return printError(u"cannot read %1"_s.arg(path));
    }
    const QByteArray json = file.read(kMaxImportBytes + 1);
    if (json.size() > kMaxImportBytes) {
        return printError(u"%1 is larger than %2 bytes"_s.arg(path).arg(kMaxImportBytes));
    }
    auto master = sync::parseMasterImport(json);
    if (!master) {
        return printError(master.error());
    }
    if (auto imported = central->importMaster(master.value()); !imported) {
        return printError(imported.error());
    }
    const sync::RightsSnapshot &rights = master.value().rights;
    printOut(u"imported %1 units, %2 staff, %3 residents, %4 records"_s.arg(rights.units.size())
                 .arg(rights.staff.size())
                 .arg(rights.residents.size())
                 .arg(master.value().records.size()));
    return Ok;
}

} // namespace akten::cli
