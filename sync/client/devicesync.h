// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "sync/protocol/messages.h"

#include <memory>

namespace akten::store {
class DeviceStore;
}
namespace akten::records {
class RecordCheck;
}

namespace akten::sync {
class SyncRows;

/** What one applied download batch did. */
struct DownloadApplied
{
    int accepted = 0;
    int duplicates = 0;
    QStringList rejected; ///< English reasons (keys only, never content), for the sync status screen and the log
    QStringList skipped; ///< records passed over for good: the central store would refuse them now (key: reason)
};

/**
 * The device's half of the protocol, independent of the transport: builds the next upload batch from the outbox,
 * takes the central store's answer (acknowledgement moves forward only, but for a central store restored from a
 * backup; rejected records are kept and listed), and
 * applies download batches together with their cursor in one local transaction, so an interrupted transfer resumes
 * where it stopped and a batch applied twice changes nothing. Same thread as the store.
 */
class DeviceSync
{
public:
    DeviceSync(store::DeviceStore &store, const core::Clock &clock);
    ~DeviceSync();
    DeviceSync(const DeviceSync &) = delete;
    DeviceSync &operator=(const DeviceSync &) = delete;

    /** The next batch to upload (empty items when everything is acknowledged). */
    [[nodiscard]] Result<UploadRequest> nextUpload(int limit = kMaxRecordsPerBatch);
    /**
     * An empty batch, not marked complete, that asks the central store how far it holds this device's outbox: sent
     * after a 409 (the central store holds less than it had acknowledged, PROTOCOL.md "Upload").
     */
    [[nodiscard]] Result<UploadRequest> probeUpload();
    /**
     * Records the answer to `sent`. Refused (Integrity) if the answer does not fit the request, or if the central
     * store claims more of this device's records than the device has written: the device was restored from an old
     * copy, and a person must look before anything else is sent. The acknowledgement moves forward only — except
     * when the answer is below what the central store had acknowledged when `sent` was made: then it lost records
     * (restored from a backup) and the acknowledgement goes back to the answer's, so they are uploaded again.
     */
    [[nodiscard]] Status acceptUploadResponse(const UploadRequest &sent, const UploadResponse &answer);
    /** The request for the next download batch after the stored cursor. */
    [[nodiscard]] Result<DownloadRequest> nextDownload(int limit = kMaxRecordsPerBatch);
    /**
     * Applies a download batch and advances the cursor with it, atomically; a master snapshot in it is applied first,
     * in its own transaction. The cursor stops before the first record this store refuses, so a refused record is
     * asked for again on the next sync instead of being skipped — unless the central store's own rules would refuse
     * it now (records::RecordCheck: schema, types, sizes, invariants; e.g. a record stored before the central store
     * checked uploads): no sync could ever apply it, so it is passed over with its key and reason logged, never its
     * content, and listed in `skipped`.
     */
    [[nodiscard]] Result<DownloadApplied> applyDownload(const DownloadResponse &batch);
    /**
     * Builds what a first download deferred (store::BulkLoad) if it stopped before the end of the log: called when a
     * sync fails, so the tablet is never used without its indexes. Nothing to do otherwise.
     */
    [[nodiscard]] Status closeFirstLoad();
    /**
     * Whether the next download is part of a new tablet's first one: nothing downloaded and nothing written here yet
     * (its own audit trail aside), or its bulk load (store::BulkLoad) still open.
     */
    [[nodiscard]] Result<bool> firstDownload();
    /** A whole sync (everything up, everything down) ended now: the offline lease starts again. */
    [[nodiscard]] Status markCompleted();
    /** Records written here and not yet acknowledged. */
    [[nodiscard]] Result<qint64> pendingUploads();

private:
    /** Applies a master snapshot whole (newer versions replace rows) and remembers its hash; refused records fail it.
     */
    [[nodiscard]] Status applyMaster(const MasterSnapshot &master);
    /** Opens a bulk load for a first download (store::BulkLoad), in its own transaction. */
    [[nodiscard]] Status openFirstLoad();
    /** Why the central store would refuse `record` now by the tablet's own rules, or empty. */
    [[nodiscard]] Result<QString> refusedCentrally(const QJsonObject &record);

    store::DeviceStore &m_store;
    const core::Clock &m_clock;
    std::unique_ptr<records::RecordCheck> m_check; ///< made when a downloaded record is first refused here
    /** The download's writer, made at the first batch and kept: its prepared statements and the tables' columns. */
    std::unique_ptr<SyncRows> m_rows;
};

} // namespace akten::sync
