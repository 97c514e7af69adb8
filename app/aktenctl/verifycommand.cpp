// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/aktenctl/verifycommand.h"

#include "app/aktenctl/cli.h"
#include "app/core/clock.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"

using namespace Qt::StringLiterals;

namespace akten::cli {

int runVerifyCommand(const QStringList &args)
{
    QCommandLineParser parser;
    DataDirOptions options(parser);
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
    // SQLCipher's per-page HMAC check plus SQLite's structural check: a flipped byte anywhere fails one of them.
    if (auto integrity = store.db().checkIntegrity(); !integrity) {
        return printError(integrity.error());
    }
    if (auto chain = store::AuditLog(store.db()).verify(); !chain) {
        return printError(chain.error());
    }
    printOut(u"ok"_s);
    return Ok;
}

} // namespace akten::cli
