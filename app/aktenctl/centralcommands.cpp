// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "centralcommands.h"

#include "cli.h"
#include "core/clock.h"
#include "sync/server/centrallocation.h"
#include "sync/server/sitecredentials.h"
#include "sync/tls/certificates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace akten::cli {
namespace {

/** Parses and opens the central store; on failure prints the error and returns the exit code in `exitCode`. */
std::unique_ptr<sync::CentralService> openCentral(
    QCommandLineParser &parser, sync::CentralLocation &location, const QStringList &args, int &exitCode)
{
    if (!parser.parse(args)) {
        exitCode = printError(parser.errorText(), Usage);
        return nullptr;
    }
    if (auto problem = location.read(parser)) {
        exitCode = printError(*problem, Usage);
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

std::optional<core::Id> parseId(const QJsonValue &value)
{
    const core::Id id = core::idFromString(value.toString());
    return id.isNull() ? std::nullopt : std::optional(id);
}

/** The import format (README "aktenctl import-master"), strictly: every id a UUID, every field present. */
Result<sync::RightsSnapshot> parseMaster(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError) {
        return Error { ErrorCode::InvalidInput, u"not JSON: %1"_s.arg(error.errorString()) };
    }
    sync::RightsSnapshot rights;
    for (const auto &unit : root.value("units"_L1).toArray()) {
        const auto id = parseId(unit.toObject().value("id"_L1));
        if (!id) {
            return Error { ErrorCode::InvalidInput, u"units: every unit needs an \"id\" (UUID)"_s };
        }
        rights.units << *id;
    }
    for (const auto &value : root.value("staff"_L1).toArray()) {
        const QJsonObject staff = value.toObject();
        const auto id = parseId(staff.value("id"_L1));
        if (!id || !staff.value("active"_L1).isBool() || !staff.value("units"_L1).isArray()) {
            return Error { ErrorCode::InvalidInput, u"staff: each needs \"id\", \"active\" and \"units\""_s };
        }
        sync::RightsSnapshot::StaffRights entry { *id, staff.value("active"_L1).toBool(), {} };
        for (const auto &unit : staff.value("units"_L1).toArray()) {
            const auto unitId = parseId(unit);
            if (!unitId || !rights.units.contains(*unitId)) {
                return Error { ErrorCode::InvalidInput, u"staff %1: unknown unit"_s.arg(core::idToString(*id)) };
            }
            entry.unitIds << *unitId;
        }
        rights.staff.append(entry);
    }
    for (const auto &value : root.value("residents"_L1).toArray()) {
        const auto id = parseId(value.toObject().value("id"_L1));
        const auto unit = parseId(value.toObject().value("unit"_L1));
        if (!id || !unit || !rights.units.contains(*unit)) {
            return Error { ErrorCode::InvalidInput, u"residents: each needs \"id\" and a known \"unit\""_s };
        }
        rights.residents.append({ *id, *unit });
    }
    if (rights.units.isEmpty()) {
        return Error { ErrorCode::InvalidInput, u"no units"_s };
    }
    return rights;
}

} // namespace

int runEnrolDeviceCommand(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser);
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
    sync::CentralLocation location(parser);
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

int runImportMasterCommand(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser);
    parser.addPositionalArgument(u"file"_s, u"master data JSON"_s);
    int exitCode = Ok;
    auto central = openCentral(parser, location, args, exitCode);
    if (!central) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return printError(u"give one JSON file"_s, Usage);
    }
    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::ReadOnly)) {
        return printError(u"cannot read %1"_s.arg(file.fileName()));
    }
    auto rights = parseMaster(file.read(64 * 1024 * 1024));
    if (!rights) {
        return printError(rights.error());
    }
    if (auto set = central->setRights(rights.value()); !set) {
        return printError(set.error());
    }
    printOut(u"imported %1 units, %2 staff, %3 residents"_s.arg(rights.value().units.size())
                 .arg(rights.value().staff.size())
                 .arg(rights.value().residents.size()));
    return Ok;
}

} // namespace akten::cli
