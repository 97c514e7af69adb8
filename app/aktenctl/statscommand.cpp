// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "statscommand.h"

#include "cli.h"
#include "core/clock.h"
#include "store/devicestore.h"
#include "store/keyprovider.h"
#include "store/storestats.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace akten::cli {

int runStatsCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser);
    const QCommandLineOption jsonOption(u"json"_s, u"Print one JSON object."_s);
    parser.addOption(jsonOption);
    if (auto usageError = options.parse(parser, args)) {
        return printError(*usageError, Usage);
    }
    const core::SystemClock clock;
    auto keys = options.keyProvider();
    if (auto prepared = keys->prepare(false); !prepared) {
        return printError(prepared.error());
    }
    auto store = store::DeviceStore::open(options.dataDir(), *keys, clock);
    if (!store) {
        return printError(store.error());
    }
    const auto counts = store::storeCounts(store.value().db());
    if (!counts) {
        return printError(counts.error());
    }
    if (parser.isSet(jsonOption)) {
        QJsonObject object;
        for (const auto &[name, count] : counts.value()) {
            object.insert(name, count);
        }
        printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    } else {
        for (const auto &[name, count] : counts.value()) {
            printOut(u"%1: %2"_s.arg(name).arg(count));
        }
    }
    return Ok;
}

} // namespace akten::cli
