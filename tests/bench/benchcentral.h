// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Shared by the sync benchmarks: failing loudly, and filling a central store with the demo unit and a year of its
// history (clones of the demo tablet's signatures and journal entries from a "history" device).
#pragma once

#include "tests/support/demopair.h"

#include "sync/importer/syncrows.h"
#include "sync/server/centralservice.h"
#include "sync/server/masterimport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdlib>

namespace akten::bench {

[[noreturn]] inline void die(const QString &what)
{
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << what << '\n';
    std::exit(1);
}

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result) {
        die(QString::fromLatin1(what) + QStringLiteral(": ") + result.error().message);
    }
    return std::move(result).value();
}

inline void must(const Status &status, const char *what)
{
    if (!status) {
        die(QString::fromLatin1(what) + QStringLiteral(": ") + status.error().message);
    }
}

/** The demo tablet's master data, imported as `aktenctl import-master` would. */
inline void importDemoMaster(sync::CentralService &central, test::DemoPair &pair)
{
    QJsonArray master;
    for (const QJsonObject &record : must(sync::SyncRows(pair.a->db()).exportMaster(), "export master")) {
        master.append(record);
    }
    const QJsonObject document { { QStringLiteral("protocol"), 1 }, { QStringLiteral("records"), master } };
    must(central.importMaster(must(sync::parseMasterImport(QJsonDocument(document).toJson()), "parse master")),
        "import master");
}

struct Ingested
{
    qint64 records = 0;
    double seconds = 0; ///< in applyUpload only
    QString device {}; ///< the "history" device that uploaded them
};

/** `copies` clones of A's signatures and journal entries, uploaded from a new "history" device in full batches. */
inline Ingested ingestHistory(
    sync::CentralService &central, test::DemoPair &pair, const QList<core::Id> &units, int copies)
{
    using namespace Qt::StringLiterals;
    const QString history = core::idToString(pair.a->stamper().newId());
    must(central.enrolDevice(history, units), "enrol history");
    sync::SyncRows rowsA(pair.a->db());
    QList<QJsonObject> templates;
    for (const auto &entry : must(rowsA.pending(0, 1'000'000), "outbox")) {
        if (entry.kind == "signature"_L1 || entry.kind == "journal_entry"_L1) {
            templates.append(must(rowsA.exportRecord(entry.kind, entry.key), "export"));
        }
    }
    Ingested done;
    done.device = history;
    sync::UploadRequest batch { history, {} };
    const auto flush = [&] {
        QElapsedTimer t;
        t.start();
        const auto answer = must(central.applyUpload(batch), "history upload");
        done.seconds += double(t.nsecsElapsed()) / 1e9;
        for (const auto &result : answer.results) {
            if (result.status != sync::ItemStatus::Accepted) {
                die(u"history record refused: "_s + result.reason);
            }
        }
        batch.items.clear();
    };
    for (int copy = 0; copy < copies; ++copy) {
        for (const QJsonObject &model : std::as_const(templates)) {
            QJsonObject record = model;
            QJsonObject row = record.value("row"_L1).toObject();
            const QString id = core::idToString(pair.a->stamper().newId());
            row.insert(u"id"_s, id);
            row.insert(u"device_id"_s, history);
            record.insert(u"row"_s, row);
            record.insert(u"key"_s, id);
            batch.items.append({ ++done.records, record });
            if (batch.items.size() == sync::kMaxRecordsPerBatch) {
                flush();
            }
        }
    }
    if (!batch.items.isEmpty()) {
        flush();
    }
    return done;
}

} // namespace akten::bench
