// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "verifycommand.h"

#include "cli.h"
#include "core/clock.h"
#include "store/auditlog.h"
#include "store/devicestore.h"
#include "store/keyprovider.h"

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
    auto keys = options.keyProvider();
    if (auto prepared = keys->prepare(false); !prepared) {
        return printError(prepared.error());
    }
    // Opening checks the key, the cipher version and every security pragma, and the schema version.
    auto store = store::DeviceStore::open(options.dataDir(), *keys, clock);
    if (!store) {
        return printError(store.error());
    }
    // SQLCipher's per-page HMAC check plus SQLite's structural check: a flipped byte anywhere fails one of them.
    if (auto integrity = store.value().db().checkIntegrity(); !integrity) {
        return printError(integrity.error());
    }
    if (auto chain = store::AuditLog(store.value().db()).verify(); !chain) {
        return printError(chain.error());
    }
    printOut(u"ok"_s);
    return Ok;
}

} // namespace akten::cli
