// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A new tablet's first download as the product does it (issue 19): akten-central's HTTPS server in process on
// loopback (embedded store, mutual TLS) on the main thread, the tablet's SyncSession on a thread of its own with its
// own store connection, as in the app, asking for the next batch while it applies one. The central store holds the
// demo unit's master data and `copies` clones of its signatures and journal entries (syncbench's history). Printed:
// records/s from the first request to the last batch committed, and that as a ratio of the ceiling measured in the
// same run (bulkceiling.h: the same rows through the sqlite3 C API alone into a keyed SQLCipher file with the same
// tables and keys, WAL, synchronous=FULL, 1 000 per transaction; target for a first download end to end >= 0.4).
// Usage: tlsdownloadbench [copies]   (default 120, ~358 000 records)
#include "tests/bench/benchcentral.h"
#include "tests/bench/bulkceiling.h"
#include "tests/bench/ceilingrows.h"
#include "tests/support/demopair.h"
#include "tests/support/loopbackcentral.h"

#include "sync/client/centralclient.h"
#include "sync/client/syncsession.h"

#include <QEventLoop>
#include <QThread>

using namespace akten;
using namespace Qt::StringLiterals;
using bench::die;
using bench::must;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int copies = argc > 1 ? QByteArray(argv[1]).toInt() : 120;
    QTextStream out(stdout);
    test::DemoPair pair;
    if (!pair.create()) {
        die(u"cannot create the demo stores"_s);
    }
    test::LoopbackCentral central(pair.clock);
    must(central.create(pair.tmp.filePath(u"central"_s), *pair.a), "central store");
    QList<core::Id> units;
    for (const auto &unit : pair.data.units) {
        units << unit.id;
    }
    const bench::Ingested history = bench::ingestHistory(central.service(), pair, units, copies);
    if (!central.startSync()) {
        die(u"cannot listen on loopback"_s);
    }
    const QString dir = pair.tmp.filePath(u"c"_s);
    test::TestKeyProvider keys;
    QString deviceId;
    {
        auto created = must(store::DeviceStore::create(dir, keys, pair.clock), "tablet C");
        deviceId = created.deviceId();
    }
    must(central.enrol(dir, deviceId, keys, units), "enrol C");

    // The tablet's side, on its own thread with its own store connection and client, as the app's sync runner does.
    sync::SyncOutcome outcome;
    double seconds = 0;
    const QUrl url = central.url();
    std::unique_ptr<QThread> tablet(QThread::create([&] {
        auto store = must(store::DeviceStore::open(dir, keys, pair.clock), "open C");
        sync::CentralClient client(must(sync::DeviceCredentials::load(dir, keys), "credentials").tlsConfiguration());
        sync::SyncSession session(store, pair.clock, client, url);
        QEventLoop loop;
        QObject::connect(&session, &sync::SyncSession::finished, &loop, [&](const sync::SyncOutcome &ended) {
            outcome = ended;
            loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        session.start();
        loop.exec();
        seconds = double(timer.nsecsElapsed()) / 1e9;
    }));
    QEventLoop serving; // the server answers on this thread while the tablet works on its own
    QObject::connect(tablet.get(), &QThread::finished, &serving, &QEventLoop::quit);
    tablet->start();
    serving.exec();
    if (outcome.end != sync::SyncOutcome::End::Done) {
        die(u"the first download failed: "_s + outcome.error);
    }
    central.stopSync();

    auto filled = must(store::DeviceStore::open(dir, keys, pair.clock), "reopen C");
    const QList<bench::CeilingTable> tables = bench::downloadedTables(filled.db());
    const qint64 rows = bench::rowCount(tables);
    const double ceiling
        = bench::bulkInsertCeiling(pair.tmp.filePath(u"ceiling.db"_s), tables, sync::kMaxRecordsPerBatch);
    const double rate = double(outcome.downloaded) / seconds;
    out << u"history: %1 records ingested"_s.arg(history.records) << Qt::endl;
    out << u"first download over mutual TLS (loopback, SyncSession on its own thread, asking ahead): %1 records in "
           "%2 s = %3 records/s"_s.arg(outcome.downloaded)
               .arg(seconds, 0, 'f', 2)
               .arg(rate, 0, 'f', 0)
        << Qt::endl;
    out << u"ceiling (the sqlite3 C API alone: the same %1 rows, same tables and keys, WAL, synchronous=FULL, %2 per "
           "transaction) %3 s = %4 rows/s; first download end to end = %5 of it (target >= 0.4)"_s.arg(rows)
               .arg(sync::kMaxRecordsPerBatch)
               .arg(ceiling, 0, 'f', 2)
               .arg(double(rows) / ceiling, 0, 'f', 0)
               .arg(rate / (double(rows) / ceiling), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
