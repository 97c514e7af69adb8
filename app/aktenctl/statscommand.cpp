// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/statscommand.h"

#include "app/aktenctl/cli.h"
#include "app/core/clock.h"
#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"
#include "app/store/storestats.h"

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
    // Opening checks the key, the cipher version and every security pragma, and the schema version.
    auto opened = options.openStore(clock);
    if (!opened) {
        return printError(opened.error());
    }
    store::DeviceStore &store = *opened.value().second;
    const auto counts = store::storeCounts(store.db());
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
