// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/checktextcommand.h"

#include "app/aktenctl/cli.h"
#include "app/core/clock.h"
#include "app/core/writingassistant.h"
#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"
#include "app/store/masterdatarepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace akten::cli {
namespace {

/** The writing config for a note about `residentId`: the other residents of that resident's unit, its abbreviations. */
Result<core::WritingAssistantConfig> configFromStore(const DataDirOptions &options, const core::Id &residentId)
{
    const core::SystemClock clock;
    auto opened = options.openStore(clock);
    if (!opened) {
        return opened.error();
    }
    const store::MasterDataRepository master(opened.value().second->db());
    const auto resident = master.resident(residentId);
    if (!resident) {
        return resident.error().code == ErrorCode::NotFound
            ? Error { ErrorCode::NotFound, u"no resident %1 in this store"_s.arg(core::idToString(residentId)) }
            : resident.error();
    }
    const auto unit = master.residents(resident.value().unitId);
    if (!unit) {
        return unit.error();
    }
    QList<core::Abbreviation> own; // the unit's own abbreviations, kept by the SAS
    if (const auto units = master.units()) {
        for (const core::Unit &u : units.value()) {
            if (u.id == resident.value().unitId) {
                own = u.abbreviations;
            }
        }
    }
    return core::writingConfigFor(resident.value(), unit.value(), own);
}

} // namespace

int runCheckTextCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser, DataDirOptions::Need::Optional);
    const QCommandLineOption residentOption(u"resident"_s,
        u"The resident the note is about (with --data-dir: the unit's other residents are checked)."_s, u"ID"_s);
    parser.addOption(residentOption);
    if (auto usageError = options.parse(parser, args)) {
        return printError(*usageError, Usage);
    }
    const auto residentId = idOption(parser, residentOption);
    if (!residentId) {
        return printError(residentId.error(), Usage);
    }
    if (options.dataDir().isEmpty() != !residentId.value().has_value()) {
        return printError(u"--data-dir DIR and --resident ID go together"_s, Usage);
    }

    core::WritingAssistantConfig config;
    if (residentId.value()) {
        const auto fromStore = configFromStore(options, *residentId.value());
        if (!fromStore) {
            return printError(fromStore.error());
        }
        config = fromStore.value();
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        return printError(u"cannot read standard input"_s);
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(in.readAll());
    if (decoder.hasError()) {
        return printError(u"standard input is not UTF-8 text"_s, Usage);
    }

    QJsonArray findings;
    for (const auto &f : core::WritingAssistant(config).check(text)) {
        findings.append(QJsonObject { { u"rule"_s, core::writingRuleCode(f.rule) }, { u"start"_s, f.start },
            { u"end"_s, f.end }, { u"match"_s, f.match }, { u"suggestion"_s, f.suggestion } });
    }
    printOut(QString::fromUtf8(QJsonDocument(findings).toJson(QJsonDocument::Compact)));
    return Ok;
}

} // namespace akten::cli
