// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// For the restore drill (backup-drill.sh): writes COUNT new journal entries on the device store in DATA_DIR, as a care
// worker would (each a copy of the newest entry about a resident whose case is open, by the same author, with a new
// id, stamp and text), so that records reach the outbox after the central store was restored. Its key as aktenctl
// finds it (AKTEN_KEY_DIR). Usage: drillwriter DATA_DIR COUNT
#include "app/core/clock.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "app/store/transaction.h"
#include "platform/keys/devicekeys.h"
#include "platform/keys/keylocation.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

using namespace akten;
using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int count = args.size() == 3 ? args.at(2).toInt(&ok) : 0;
    if (!ok || count < 1) {
        std::fputs("usage: drillwriter DATA_DIR COUNT\n", stderr);
        return 2;
    }
    const QString dir = QDir::cleanPath(QDir(args.at(1)).absolutePath());
    auto keys = platform::deviceKeyProvider(platform::defaultDeviceKeyLocation(dir).path, u"off"_s);
    const core::SystemClock clock;
    if (auto prepared = keys->prepare(false); !prepared) {
        std::fprintf(stderr, "drillwriter: %s\n", qPrintable(prepared.error().message));
        return 1;
    }
    auto opened = store::DeviceStore::open(dir, *keys, clock);
    if (!opened) {
        std::fprintf(stderr, "drillwriter: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    store::DeviceStore &device = opened.value();
    auto newest = device.db().prepare(u"SELECT id FROM journal_entries WHERE resident_id NOT IN "
                                      "(SELECT resident_id FROM case_closures) ORDER BY hlc DESC LIMIT 1"_s);
    const auto found = newest ? newest.value().step() : Result<bool>(newest.error());
    if (!found || !found.value()) {
        std::fputs("drillwriter: no journal entry to copy\n", stderr);
        return 1;
    }
    store::JournalRepository journal(device.db());
    auto model = journal.entry(core::idFromString(newest.value().text(0)));
    if (!model || !model.value()) {
        std::fputs("drillwriter: cannot read the entry to copy\n", stderr);
        return 1;
    }
    store::Transaction tx(device.db());
    Status done = tx.start();
    for (int i = 0; done && i < count; ++i) {
        core::JournalEntry entry = *model.value();
        entry.meta = device.stamper().stamp(entry.meta.authorId);
        entry.text = u"Återställningsövning %1 av %2."_s.arg(i + 1).arg(count);
        done = journal.append(entry);
    }
    if (done) {
        done = tx.commit();
    }
    if (!done) {
        std::fprintf(stderr, "drillwriter: %s\n", qPrintable(done.error().message));
        return 1;
    }
    std::printf("wrote %d journal entries\n", count);
    return 0;
}
