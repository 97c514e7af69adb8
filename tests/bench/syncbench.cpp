// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Sync throughput, with baselines measured in the same run (issue 4):
//  1. A night's upload from one tablet (the demo tablet's outbox, about 5 000 records) through the device's half,
//     the message codec and the central store's rules, in process (no TLS): records/s, and server ingest against a
//     bare COPY of the same rows into the same PostgreSQL (syncbench_pg; target >= 0.3) or bare inserts into an
//     encrypted SQLite file (embedded backend).
//  2. A new tablet's first download of its units (the demo's records plus `copies` clones of its signatures and
//     journal entries, ~300 000 records by default): records/s end to end, and client apply against bare inserts of
//     the same rows into the same kind of encrypted device store (target >= 0.5); and both against the ceiling
//     (issue 19): the same rows through the sqlite3 C API alone into a keyed SQLCipher file with the same tables and
//     keys, no secondary index (bulkceiling.h; targets: client apply >= 0.6 of it, end to end >= 0.4). The server's
//     share of the end-to-end time is printed beside it (its answers as akten-central gives them: downloadStored).
//  3. Ingest at scale on the embedded central store against the same kind of ceiling for the central store's log
//     table (centralceiling.h).
// Usage: syncbench [copies]   (AKTEN_TEST_POSTGRES set by tests/support/with-postgres.sh: the PostgreSQL backend)
#include "tests/bench/benchcentral.h"
#include "tests/bench/bulkceiling.h"
#include "tests/bench/ceilingrows.h"
#include "tests/bench/centralceiling.h"
#include "tests/bench/storeinserts.h"
#include "tests/support/centralfixture.h"
#include "tests/support/demopair.h"

#include "app/records/recordkinds.h"
#include "app/store/statement.h"
#include "app/store/transaction.h"
#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"
#include "sync/server/centralservice.h"
#include "sync/server/masterimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <libpq-fe.h>

#include <algorithm>
#include <functional>
#include <vector>

#include <time.h>

using namespace akten;
using namespace Qt::StringLiterals;
using bench::die;
using bench::must;

namespace {

/**
 * CPU time in seconds of this thread (CLOCK_THREAD_CPUTIME_ID) or of the whole process (CLOCK_PROCESS_CPUTIME_ID): on
 * a shared machine the apply's own work, without waiting for a core.
 */
double cpuSeconds(clockid_t clock = CLOCK_THREAD_CPUTIME_ID)
{
    timespec now {};
    clock_gettime(clock, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

QTextStream out(stdout);

/** One row as the central store's log keeps it, for the COPY / INSERT baselines. */
struct LogRow
{
    QString unit, kind, key, device;
    qint64 seq = 0;
    QByteArray body;
};

/** Bare COPY of the rows into a table like `records` in the same PostgreSQL database: seconds. */
double copySeconds(const QString &conninfo, const QList<LogRow> &rows)
{
    PGconn *pg = PQconnectdb(conninfo.toUtf8().constData());
    if (PQstatus(pg) != CONNECTION_OK) {
        die(u"baseline connection failed"_s);
    }
    const auto run = [pg](const char *sql, ExecStatusType expected) {
        PGresult *result = PQexec(pg, sql);
        if (PQresultStatus(result) != expected) {
            die(QString::fromUtf8(PQerrorMessage(pg)));
        }
        PQclear(result);
    };
    run("DROP TABLE IF EXISTS bench_copy", PGRES_COMMAND_OK);
    run("CREATE TABLE bench_copy (LIKE records INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES)",
        PGRES_COMMAND_OK);
    QElapsedTimer timer;
    timer.start();
    run("COPY bench_copy (unit_id, kind, record_key, device_id, device_seq, body, received_ms) FROM STDIN",
        PGRES_COPY_IN);
    for (const LogRow &row : rows) {
        QByteArray body = row.body;
        body.replace('\\', "\\\\");
        const QByteArray line = row.unit.toUtf8() + '\t' + row.kind.toUtf8() + '\t' + row.key.toUtf8() + '\t'
            + row.device.toUtf8() + '\t' + QByteArray::number(row.seq) + '\t' + body + "\t0\n";
        if (PQputCopyData(pg, line.constData(), int(line.size())) != 1) {
            die(u"COPY failed"_s);
        }
    }
    if (PQputCopyEnd(pg, nullptr) != 1) {
        die(u"COPY end failed"_s);
    }
    PGresult *result = PQgetResult(pg);
    if (PQresultStatus(result) != PGRES_COMMAND_OK) {
        die(QString::fromUtf8(PQerrorMessage(pg)));
    }
    PQclear(result);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    PQfinish(pg);
    return seconds;
}

/** Bare inserts of the rows into a fresh encrypted SQLite file with the log's table and indexes: seconds. */
double insertSeconds(const QString &path, const QList<LogRow> &rows)
{
    const QByteArray raw(32, '\x5a'); // a throwaway key for a throwaway file
    const store::SecretBytes key(reinterpret_cast<const unsigned char *>(raw.constData()), std::size_t(raw.size()));
    auto db = must(store::Database::openEncrypted(path, key, store::Database::Mode::CreateIfMissing), "baseline db");
    must(db.exec(u"CREATE TABLE records (position INTEGER PRIMARY KEY AUTOINCREMENT, unit_id TEXT NOT NULL, "
                 "kind TEXT NOT NULL, record_key TEXT NOT NULL, device_id TEXT NOT NULL, device_seq INTEGER NOT NULL, "
                 "body TEXT NOT NULL, received_ms INTEGER NOT NULL, UNIQUE (kind, record_key), "
                 "UNIQUE (device_id, device_seq)) STRICT; CREATE INDEX records_unit ON records(unit_id, position)"_s),
        "baseline schema");
    QElapsedTimer timer;
    timer.start();
    store::Transaction tx(db);
    must(tx.start(), "baseline begin");
    auto insert = must(db.prepare(u"INSERT INTO records (unit_id, kind, record_key, device_id, device_seq, body, "
                                  "received_ms) VALUES (?, ?, ?, ?, ?, ?, 0)"_s),
        "baseline insert");
    for (const LogRow &row : rows) {
        insert.bind(1, row.unit).bind(2, row.kind).bind(3, row.key).bind(4, row.device).bind(5, row.seq);
        insert.bind(6, QString::fromUtf8(row.body));
        must(insert.run(), "baseline row");
        insert.reset();
    }
    must(tx.commit(), "baseline commit");
    return double(timer.nsecsElapsed()) / 1e9;
}

/** The median of five runs of a baseline (a single COPY of 5 000 rows varies by half from run to run). */
double medianOfFive(const std::function<double(int)> &run)
{
    std::vector<double> seconds;
    for (int i = 0; i < 5; ++i) {
        seconds.push_back(run(i));
    }
    std::sort(seconds.begin(), seconds.end());
    return seconds.at(2);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int copies = argc > 1 ? QByteArray(argv[1]).toInt() : 120;
    test::DemoPair pair;
    if (!pair.create()) {
        die(u"cannot create the demo stores"_s);
    }
    test::TestKeyProvider centralKeys;
    QString conninfo;
    sync::CentralService central(
        must(test::freshCentralLedger(pair.tmp.filePath(u"central"_s), centralKeys, &conninfo), "central store"),
        pair.clock);
    bench::importDemoMaster(central, pair);
    QList<core::Id> units;
    QHash<QString, QString> residentUnit;
    for (const auto &unit : pair.data.units) {
        units << unit.id;
    }
    for (const auto &resident : pair.data.residents) {
        residentUnit.insert(core::idToString(resident.id), core::idToString(resident.unitId));
    }
    must(central.enrolDevice(pair.a->deviceId(), units), "enrol A");
    out << "backend: " << (conninfo.isEmpty() ? "embedded SQLCipher" : "PostgreSQL") << Qt::endl;

    // 1. The night's upload.
    sync::DeviceSync a(*pair.a, pair.clock);
    QList<LogRow> uploaded;
    QElapsedTimer timer;
    double serverSeconds = 0;
    timer.start();
    for (;;) {
        const auto batch = must(a.nextUpload(sync::kMaxRecordsPerBatch), "next upload");
        if (batch.items.isEmpty()) {
            break;
        }
        const auto sent = std::get<sync::UploadRequest>(sync::decodeUploadRequest(sync::encode(batch)));
        QElapsedTimer server;
        server.start();
        const auto answer = must(central.applyUpload(sent), "apply upload");
        serverSeconds += double(server.nsecsElapsed()) / 1e9;
        must(a.acceptUploadResponse(
                 batch, std::get<sync::UploadResponse>(sync::decodeUploadResponse(sync::encode(answer)))),
            "accept answer");
        for (const auto &item : sent.items) {
            const QJsonObject row = item.record.value("row"_L1).toObject();
            uploaded.append(
                { residentUnit.value(row.value("resident_id"_L1).toString(), core::idToString(units.first())),
                    item.record.value("kind"_L1).toString(), item.record.value("key"_L1).toString(), sent.deviceId,
                    item.deviceSeq, compact(item.record) });
        }
    }
    const double uploadSeconds = double(timer.nsecsElapsed()) / 1e9;
    const double baseline = medianOfFive([&](int run) {
        return conninfo.isEmpty() ? insertSeconds(pair.tmp.filePath(u"baseline-central-%1.db"_s.arg(run)), uploaded)
                                  : copySeconds(conninfo, uploaded);
    });
    out << u"upload: %1 records in %2 s = %3 records/s end to end (in process, codec included)"_s.arg(uploaded.size())
               .arg(uploadSeconds, 0, 'f', 3)
               .arg(double(uploaded.size()) / uploadSeconds, 0, 'f', 0)
        << Qt::endl;
    out << u"upload: server ingest %1 s, bare %2 of the same rows %3 s (median of 5): ratio %4 (target >= 0.3)"_s
               .arg(serverSeconds, 0, 'f', 3)
               .arg(conninfo.isEmpty() ? u"INSERT into encrypted SQLite"_s : u"COPY into the same PostgreSQL"_s)
               .arg(baseline, 0, 'f', 3)
               .arg(baseline / serverSeconds, 0, 'f', 2)
        << Qt::endl;

    // 2. A year of a unit: clones of A's signatures and journal entries from a "history" device, ingested in batches.
    const bench::Ingested history = bench::ingestHistory(central, pair, units, copies);
    const qint64 seq = history.records;
    const double ingestSeconds = history.seconds;
    out << u"ingest at scale: %1 records in %2 s = %3 records/s"_s.arg(seq)
               .arg(ingestSeconds, 0, 'f', 2)
               .arg(double(seq) / ingestSeconds, 0, 'f', 0)
        << Qt::endl;
    if (conninfo.isEmpty()) { // issue 19: against the same rows into the central store's log table alone
        const bench::CeilingTable log
            = bench::centralLogCeiling(pair.tmp.filePath(u"central"_s), centralKeys, history.device);
        const double ceiling
            = bench::bulkInsertCeiling(pair.tmp.filePath(u"central-ceiling.db"_s), { log }, sync::kMaxRecordsPerBatch);
        const double ceilingRate = double(log.rows.size()) / ceiling;
        out << u"ingest at scale: ceiling (the sqlite3 C API alone: the same %1 rows into a keyed SQLCipher file with "
               "the central store's log table and keys, no secondary index, WAL, synchronous=FULL, %2 per "
               "transaction) %3 s = %4 rows/s; ingest = %5 of it"_s.arg(log.rows.size())
                   .arg(sync::kMaxRecordsPerBatch)
                   .arg(ceiling, 0, 'f', 2)
                   .arg(ceilingRate, 0, 'f', 0)
                   .arg(double(seq) / ingestSeconds / ceilingRate, 0, 'f', 2)
            << Qt::endl;
    }

    // The new tablet's first download.
    test::TestKeyProvider keysC;
    auto c = must(store::DeviceStore::create(pair.tmp.filePath(u"c"_s), keysC, pair.clock), "tablet C");
    must(central.enrolDevice(c.deviceId(), units), "enrol C");
    sync::DeviceSync client(c, pair.clock);
    qint64 downloaded = 0;
    double applySeconds = 0;
    double applyCpuSeconds = 0;
    double applyProcessCpuSeconds = 0; // also the other core's, which judges and binds the records ahead
    double answerSeconds = 0; // the server's read and encode (as akten-central answers: records as stored)
    double decodeSeconds = 0;
    QList<QJsonObject> masterRecords;
    timer.restart();
    for (;;) {
        const auto request = must(client.nextDownload(sync::kMaxRecordsPerBatch), "next download");
        QElapsedTimer server;
        server.start();
        const QByteArray wire = sync::encode(must(central.downloadStored(request), "download"));
        answerSeconds += double(server.nsecsElapsed()) / 1e9;
        server.restart();
        const auto received = std::get<sync::DownloadResponse>(sync::decodeDownloadResponse(wire));
        decodeSeconds += double(server.nsecsElapsed()) / 1e9;
        if (received.master) {
            masterRecords = received.master->records;
        }
        QElapsedTimer t;
        t.start();
        const double cpuBefore = cpuSeconds();
        const double processCpuBefore = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
        const auto applied = must(client.applyDownload(received), "apply");
        applyCpuSeconds += cpuSeconds() - cpuBefore;
        applyProcessCpuSeconds += cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - processCpuBefore;
        applySeconds += double(t.nsecsElapsed()) / 1e9;
        if (!applied.rejected.isEmpty()) {
            die(u"refused on download: "_s + applied.rejected.first());
        }
        downloaded += applied.accepted;
        if (!received.more) {
            break;
        }
    }
    const double downloadSeconds = double(timer.nsecsElapsed()) / 1e9;

    // Baseline: the same rows, bare prepared inserts into another fresh encrypted device store (no JSON, no checks,
    // no cursor), 1 000 per transaction as the download batches; only the inserts are timed.
    test::TestKeyProvider keysD;
    auto d = must(store::DeviceStore::create(pair.tmp.filePath(u"d"_s), keysD, pair.clock), "tablet D");
    if (!must(sync::SyncRows(d.db()).importRecords(masterRecords), "baseline master").size()) {
        die(u"no master data came down"_s);
    }
    // The rows as the first download stored them (ceilingrows.h), for this baseline and the ceiling below.
    const QList<bench::CeilingTable> ceilingTables = bench::downloadedTables(c.db());
    const qint64 bareRows = bench::rowCount(ceilingTables);
    const double bareSeconds
        = bench::storeInsertSeconds(d.db(), ceilingTables, sync::kMaxRecordsPerBatch, bench::StoreLoad::Bare);
    // The floor: the same rows into another fresh store with only what its guarantees cost (storeinserts.h).
    test::TestKeyProvider keysE;
    auto e = must(store::DeviceStore::create(pair.tmp.filePath(u"e"_s), keysE, pair.clock), "tablet E");
    if (!must(sync::SyncRows(e.db()).importRecords(masterRecords), "floor master").size()) {
        die(u"no master data came down"_s);
    }
    const double floorSeconds
        = bench::storeInsertSeconds(e.db(), ceilingTables, sync::kMaxRecordsPerBatch, bench::StoreLoad::Guarded);
    const double ceilingSeconds
        = bench::bulkInsertCeiling(pair.tmp.filePath(u"ceiling.db"_s), ceilingTables, sync::kMaxRecordsPerBatch);
    out << u"download: %1 records in %2 s = %3 records/s end to end (in process, codec and server included)"_s
               .arg(downloaded)
               .arg(downloadSeconds, 0, 'f', 2)
               .arg(double(downloaded) / downloadSeconds, 0, 'f', 0)
        << Qt::endl;
    out << u"download: server answer (read, encode) %1 s, client decode %2 s, client apply %3 s, other client work "
           "%4 s: the server is %5 of the end-to-end time"_s.arg(answerSeconds, 0, 'f', 2)
               .arg(decodeSeconds, 0, 'f', 2)
               .arg(applySeconds, 0, 'f', 2)
               .arg(downloadSeconds - answerSeconds - decodeSeconds - applySeconds, 0, 'f', 2)
               .arg(answerSeconds / downloadSeconds, 0, 'f', 2)
        << Qt::endl;
    out << u"download: client apply %1 s, bare inserts of the same %2 rows into an encrypted device store %3 s: "
           "ratio %4 (target >= 0.5)"_s.arg(applySeconds, 0, 'f', 2)
               .arg(bareRows)
               .arg(bareSeconds, 0, 'f', 2)
               .arg(bareSeconds / applySeconds, 0, 'f', 2)
        << Qt::endl;
    out << u"download: client apply CPU time %1 s on the writing thread (without waiting for a core or the disk) = %2 "
           "records/s; %3 s on all cores (the records are judged and bound on another core, ahead of the writes)"_s
               .arg(applyCpuSeconds, 0, 'f', 2)
               .arg(double(downloaded) / applyCpuSeconds, 0, 'f', 0)
               .arg(applyProcessCpuSeconds, 0, 'f', 2)
        << Qt::endl;
    const double ceilingRate = double(bareRows) / ceilingSeconds;
    const double floorRate = double(bareRows) / floorSeconds;
    out << u"download: floor (the same %1 rows into a device store with its guarantees and nothing else: first-load "
           "mode, foreign keys, the closed-case and sync-queue triggers, search table and indexes rebuilt at the end) "
           "%2 s = %3 rows/s = %4 of the ceiling; client apply = %5 of the floor"_s.arg(bareRows)
               .arg(floorSeconds, 0, 'f', 2)
               .arg(floorRate, 0, 'f', 0)
               .arg(floorRate / ceilingRate, 0, 'f', 2)
               .arg(double(downloaded) / applySeconds / floorRate, 0, 'f', 2)
        << Qt::endl;
    out << u"download: ceiling (the sqlite3 C API alone: the same %1 rows into a keyed SQLCipher file with the same "
           "tables and keys, no secondary index, WAL, synchronous=FULL, %2 per transaction) %3 s = %4 rows/s; client "
           "apply "
           "%5 records/s = %6 of it (target >= 0.6); first download end to end %7 records/s = %8 of it "
           "(target >= 0.4)"_s.arg(bareRows)
               .arg(sync::kMaxRecordsPerBatch)
               .arg(ceilingSeconds, 0, 'f', 2)
               .arg(ceilingRate, 0, 'f', 0)
               .arg(double(downloaded) / applySeconds, 0, 'f', 0)
               .arg(double(downloaded) / applySeconds / ceilingRate, 0, 'f', 2)
               .arg(double(downloaded) / downloadSeconds, 0, 'f', 0)
               .arg(double(downloaded) / downloadSeconds / ceilingRate, 0, 'f', 2)
        << Qt::endl;
    return 0;
}
