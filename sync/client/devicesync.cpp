// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/client/devicesync.h"

#include "app/core/daynotes.h"
#include "app/records/recordcheck.h"
#include "app/records/recordcodec.h"
#include "app/records/recordkinds.h"
#include "app/store/bulkload.h"
#include "app/store/devicestore.h"
#include "app/store/integrityrepository.h"
#include "app/store/syncstaterepository.h"
#include "app/store/transaction.h"
#include "sync/importer/syncrows.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

Q_LOGGING_CATEGORY(lcDownload, "akten.sync.download")
Q_LOGGING_CATEGORY(lcUpload, "akten.sync.upload")

/**
 * The central store's peers in this device's clock: a device caught up an age ago (server clock) is known here
 * through now minus that age, whatever the two clocks say (off by the answer's time in transit).
 */
/** What the central store said about the units' alarms and flags, as the store keeps it. */
QList<store::DeviceIntegrityRecord> integrityRecords(const QList<DeviceIntegrity> &devices)
{
    QList<store::DeviceIntegrityRecord> records;
    for (const DeviceIntegrity &device : devices) {
        store::DeviceIntegrityRecord record { device.deviceId, device.unitIds, device.flaggedEvents, {} };
        for (const AlarmNotice &alarm : device.alarms) {
            record.alarms.append({ alarm.deviceSeq, alarm.category, alarm.raisedMs, alarm.decision, alarm.decidedMs });
        }
        records.append(record);
    }
    return records;
}

QList<store::PeerKnowledge> peerKnowledge(const Peers &peers, qint64 localNowMs)
{
    QList<store::PeerKnowledge> known;
    for (const PeerDevice &device : peers.devices) {
        const qint64 age = std::max<qint64>(0, peers.nowMs - device.caughtUpMs);
        const qint64 through = device.caughtUpMs > 0 ? std::max<qint64>(0, localNowMs - age) : 0;
        for (const QString &unit : device.unitIds) {
            known.append({ device.deviceId, unit, through });
        }
    }
    return known;
}

/** The tables a download fills: every synced kind's and its children's; master data is small and stays indexed. */
QStringList downloadedTables()
{
    QStringList tables;
    for (const records::RecordKind &kind : records::recordKinds()) {
        if (kind.merge == records::MergeClass::Master) {
            continue;
        }
        tables << kind.table;
        for (const records::ChildTable &child : kind.children) {
            tables << child.table;
        }
    }
    return tables;
}

} // namespace

DeviceSync::DeviceSync(store::DeviceStore &store, const core::Clock &clock)
    : m_store(store)
    , m_clock(clock)
{ }

DeviceSync::~DeviceSync() = default;

Result<QString> DeviceSync::refusedCentrally(const QJsonObject &record)
{
    if (!m_check) {
        auto created = records::RecordCheck::create();
        if (!created) {
            return created.error();
        }
        m_check = std::move(created).value();
    }
    auto judged = m_check->judge(record);
    if (!judged) {
        return judged.error();
    }
    return judged.value().refusal;
}

Result<UploadRequest> DeviceSync::nextUpload(int limit)
{
    const auto acked = store::SyncStateRepository(m_store.db()).ackedThrough();
    if (!acked) {
        return acked.error();
    }
    sync::SyncRows rows(m_store.db());
    const int batch = std::clamp(limit, 1, kMaxRecordsPerBatch);
    const auto entries = rows.pending(acked.value(), batch);
    if (!entries) {
        return entries.error();
    }
    const qint64 dayNoteCutoff = core::dayNotePurgeCutoffMs(m_clock.nowMs());
    // Fewer than asked for: this is all there is, and the central store may note the device as caught up.
    UploadRequest request { m_store.deviceId(), {}, entries.value().size() < batch, acked.value() };
    for (const sync::OutboxEntry &entry : entries.value()) {
        auto record = rows.exportRecord(entry.kind, entry.key);
        // A day note purged here (or due to be) before it went up is sent as its key alone, written "at 0": the
        // central store takes it as expired and keeps nothing, so the seq is acknowledged and no text leaves.
        if (entry.kind == "day_note"_L1
            && (!record ? record.error().code == ErrorCode::NotFound
                        : records::travellingInteger(record.value().value("row"_L1).toObject().value("wall_ms"_L1))
                              .value_or(0)
                        < dayNoteCutoff)) {
            record = QJsonObject { { u"kind"_s, entry.kind }, { u"key"_s, entry.key },
                { u"row"_s, QJsonObject { { u"id"_s, entry.key }, { u"wall_ms"_s, 0 } } } };
        }
        if (!record) {
            return record.error();
        }
        request.items.append({ entry.deviceSeq, record.value() });
    }
    return request;
}

Result<UploadRequest> DeviceSync::probeUpload()
{
    const auto acked = store::SyncStateRepository(m_store.db()).ackedThrough();
    if (!acked) {
        return acked.error();
    }
    return UploadRequest { m_store.deviceId(), {}, false, acked.value() };
}

Status DeviceSync::acceptUploadResponse(const UploadRequest &sent, const UploadResponse &answer)
{
    store::SyncStateRepository state(m_store.db());
    const auto acked = state.ackedThrough();
    const auto written = state.outboxEnd();
    if (!acked || !written) {
        return !acked ? acked.error() : written.error();
    }
    if (answer.ackedThrough > written.value()) {
        return Error { ErrorCode::Integrity,
            u"the central store holds %1 records of this device, it has written only %2: restored from an old copy?"_s
                .arg(answer.ackedThrough)
                .arg(written.value()) };
    }
    if (answer.results.size() != sent.items.size()) {
        return Error { ErrorCode::Integrity, u"the upload answer does not match the batch"_s };
    }
    for (qsizetype i = 0; i < sent.items.size(); ++i) {
        if (answer.results.at(i).deviceSeq != sent.items.at(i).deviceSeq) {
            return Error { ErrorCode::Integrity, u"the upload answer does not match the batch"_s };
        }
    }
    store::Transaction tx(m_store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    for (const ItemResult &result : answer.results) {
        if (result.status == ItemStatus::Rejected) {
            if (auto kept = state.addRejected(result.deviceSeq, result.reason, m_clock.nowMs()); !kept) {
                return kept;
            }
        }
    }
    // The central store answers at least what it had acknowledged when the batch was made, unless it lost records
    // since (restored from a backup): then they go up again. Any other older answer (one arriving late) never moves
    // the acknowledgement back.
    const qint64 before = sent.items.isEmpty() ? sent.ackedBefore : sent.items.constFirst().deviceSeq - 1;
    if (answer.ackedThrough < before && answer.ackedThrough < acked.value()) {
        qCWarning(lcUpload) << "the central store holds this device's outbox through" << answer.ackedThrough
                            << "after acknowledging" << acked.value() << "(restored from a backup?): uploading again";
        if (auto rewound = state.rewindAckedThrough(answer.ackedThrough); !rewound) {
            return rewound;
        }
    } else if (answer.ackedThrough > acked.value()) {
        if (auto moved = state.setAckedThrough(answer.ackedThrough); !moved) {
            return moved;
        }
    }
    return tx.commit();
}

Result<DownloadRequest> DeviceSync::nextDownload(int limit)
{
    const store::SyncStateRepository state(m_store.db());
    const auto cursor = state.downloadCursor();
    const auto master = state.masterHash();
    if (!cursor || !master) {
        return !cursor ? cursor.error() : master.error();
    }
    return DownloadRequest { m_store.deviceId(), cursor.value(), std::clamp(limit, 1, kMaxRecordsPerBatch),
        master.value() };
}

Status DeviceSync::applyMaster(const MasterSnapshot &master)
{
    store::SyncStateRepository state(m_store.db());
    QStringList refused;
    const auto outcomes
        = sync::SyncRows(m_store.db()).importRecords(master.records, [&](const QList<sync::ImportOutcome> &results) {
              for (const sync::ImportOutcome &outcome : results) {
                  if (outcome.status == sync::ImportOutcome::Status::Rejected) {
                      refused << outcome.key + u": "_s + outcome.reason;
                  }
              }
              // Only a snapshot applied whole counts: otherwise it is sent again next time.
              return refused.isEmpty() ? state.setMasterHash(master.hash) : Status {};
          });
    if (!outcomes) {
        return outcomes.error();
    }
    if (!refused.isEmpty()) {
        return Error { ErrorCode::Integrity,
            u"%1 master data records could not be applied (first: %2)"_s.arg(refused.size()).arg(refused.first()) };
    }
    return {};
}

Result<DownloadApplied> DeviceSync::applyDownload(const DownloadResponse &batch)
{
    store::SyncStateRepository state(m_store.db());
    const auto cursor = state.downloadCursor();
    if (!cursor) {
        return cursor.error();
    }
    if (batch.nextCursor < cursor.value()) {
        return DownloadApplied {}; // a stale answer (a retry that was overtaken): already applied
    }
    // Master data first: the records after it may be about a resident or staff member that just arrived.
    if (batch.master) {
        if (auto applied = applyMaster(*batch.master); !applied) {
            return applied.error();
        }
    }
    // A new tablet's first download with more to come is a bulk load: indexes are built once at its end, not row by
    // row. A tablet someone already works on (its own records written offline) keeps its indexes for their screens.
    if (cursor.value() == 0 && batch.more) {
        const auto worked = state.hasOwnRecords();
        if (!worked) {
            return worked.error();
        }
        if (!worked.value()) {
            if (auto opened = openFirstLoad(); !opened) {
                return opened.error();
            }
        }
    }
    QList<QJsonObject> records;
    QList<qint64> positions;
    for (const DownloadItem &item : batch.items) {
        if (item.position > cursor.value()) {
            records.append(item.record);
            positions.append(item.position);
        }
    }
    // The cursor never passes a record this store refused (e.g. its resident has not arrived yet): it stops just
    // before it, so the next sync asks for it again; only a record the central store itself would refuse is passed.
    if (!m_rows) {
        m_rows = std::make_unique<SyncRows>(m_store.db());
    }
    m_rows->skipDayNotesWrittenBefore(core::dayNotePurgeCutoffMs(m_clock.nowMs())); // purged here: never back
    QSet<qsizetype> skipped;
    const auto outcomes = m_rows->importRecords(records, [&](const QList<sync::ImportOutcome> &results) -> Status {
        qint64 advanceTo = batch.nextCursor;
        for (qsizetype i = 0; i < results.size(); ++i) {
            if (results.at(i).status != sync::ImportOutcome::Status::Rejected) {
                continue;
            }
            // A record the central store would refuse today can never be applied: waiting for it would stop this
            // tablet's downloads for good. Anything else (a resident not here yet) is asked for again.
            auto refusal = refusedCentrally(records.at(i));
            if (!refusal) {
                return refusal.error();
            }
            if (refusal.value().isEmpty()) {
                advanceTo = i == 0 ? cursor.value() : positions.at(i - 1);
                break;
            }
            skipped.insert(i);
            qCWarning(lcDownload).noquote() << u"skipped downloaded %1 %2 at position %3: %4"_s
                                                   .arg(records.at(i).value("kind"_L1).toString(), results.at(i).key)
                                                   .arg(positions.at(i))
                                                   .arg(refusal.value());
        }
        if (advanceTo > cursor.value()) {
            if (auto moved = state.setDownloadCursor(advanceTo); !moved) {
                return moved;
            }
        }
        // Alarms and flags hold whatever the log: kept from every last answer that has them (the page says when).
        if (batch.integrity && !batch.more) {
            if (auto kept
                = store::IntegrityRepository(m_store.db()).replace(integrityRecords(*batch.integrity), m_clock.nowMs());
                !kept) {
                return kept;
            }
        }
        // The end of the log: a first load's indexes are built in this transaction, so they commit with its last
        // batch (or, if anything here fails, the load stays open and is finished next time).
        if (!batch.more) {
            if (auto finished = store::BulkLoad(m_store.db()).finish(); !finished) {
                return finished;
            }
        }
        // What the peers say holds only for a device that now has the whole log.
        return batch.peers && !batch.more && advanceTo == batch.nextCursor
            ? state.replacePeers(peerKnowledge(*batch.peers, m_clock.nowMs()))
            : Status {};
    });
    if (!outcomes) {
        return outcomes.error();
    }
    DownloadApplied applied;
    for (qsizetype i = 0; i < outcomes.value().size(); ++i) {
        const sync::ImportOutcome &outcome = outcomes.value().at(i);
        if (outcome.status == sync::ImportOutcome::Status::Accepted) {
            ++applied.accepted;
        } else if (outcome.status == sync::ImportOutcome::Status::Duplicate) {
            ++applied.duplicates;
        } else {
            (skipped.contains(i) ? applied.skipped : applied.rejected) << outcome.key + u": "_s + outcome.reason;
        }
    }
    return applied;
}

Status DeviceSync::openFirstLoad()
{
    store::Transaction tx(m_store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    if (auto opened = store::BulkLoad(m_store.db()).begin(downloadedTables()); !opened) {
        return opened;
    }
    return tx.commit();
}

Result<bool> DeviceSync::firstDownload()
{
    const store::SyncStateRepository state(m_store.db());
    const auto cursor = state.downloadCursor();
    const auto worked = state.hasOwnRecords();
    const auto open = store::BulkLoad(m_store.db()).open();
    if (!cursor || !worked || !open) {
        return !cursor ? cursor.error() : !worked ? worked.error() : open.error();
    }
    return (cursor.value() == 0 && !worked.value()) || open.value();
}

Status DeviceSync::closeFirstLoad()
{
    store::BulkLoad load(m_store.db());
    const auto open = load.open();
    if (!open || !open.value()) {
        return open ? Status {} : Status { open.error() };
    }
    store::Transaction tx(m_store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    if (auto finished = load.finish(); !finished) {
        return finished;
    }
    return tx.commit();
}

Status DeviceSync::markCompleted()
{
    store::Transaction tx(m_store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    if (auto marked = store::SyncStateRepository(m_store.db()).setLastCompletedMs(m_clock.nowMs()); !marked) {
        return marked;
    }
    return tx.commit();
}

Result<qint64> DeviceSync::pendingUploads()
{
    store::SyncStateRepository state(m_store.db());
    const auto acked = state.ackedThrough();
    const auto written = state.outboxEnd();
    if (!acked || !written) {
        return !acked ? acked.error() : written.error();
    }
    return written.value() - acked.value();
}

} // namespace akten::sync
