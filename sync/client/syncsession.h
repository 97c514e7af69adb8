// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "sync/client/centralclient.h"
#include "sync/client/devicesync.h"

#include <QObject>
#include <QUrl>

namespace akten::sync {

/** How one sync ended. */
struct SyncOutcome
{
    enum class End { Done, Failed, Revoked };
    End end = End::Failed;
    int uploaded = 0; ///< accepted or duplicate
    int rejected = 0; ///< refused by the central store this time (kept on the device, listed)
    int downloaded = 0; ///< records applied here
    int downloadRejected = 0;
    QString error; ///< English, when it did not end Done
    bool auditChainBroken = false; ///< this device's own audit chain did not verify: nothing was uploaded
};

/**
 * One sync with akten-central, asynchronously: upload the outbox in batches until everything is acknowledged (the
 * last batch, perhaps empty, marked complete), then
 * download the units' log until there is no more, or until a record cannot be applied here (the session ends
 * Failed, the cursor stays before that record and the next sync asks for it again). The next download batch is asked
 * for while one is applied (an answer only counts for the cursor the store then holds); every batch is committed
 * locally with its cursor, so a sync cut at any point resumes where it stopped. 410 Gone from the central store
 * ends it as Revoked (the caller erases the device's secrets); any other refusal ends it as Failed and keeps
 * everything. First it verifies this device's audit hash chain (store::AuditLog::verify): a broken one is not
 * uploaded (altered history is not sent on as if it were whole); the download still runs, so a revoked device learns
 * it, and the session ends Failed with auditChainBroken. The same code runs for the dock, the schedule, "synka nu" and
 * `aktenctl sync`.
 */
class SyncSession : public QObject
{
    Q_OBJECT
public:
    SyncSession(store::DeviceStore &store, const core::Clock &clock, CentralClient &client, QUrl central,
        QObject *parent = nullptr);
    void start();
    /**
     * Records per batch (default 500 up, 1000 down). The app uses small batches: each holds the store for the time it
     * takes to apply, and a small one keeps a login or a signature waiting briefly. A new tablet's first download
     * (DeviceSync::firstDownload) always asks for the protocol's largest batches: nobody works on that tablet yet.
     */
    void setBatchSizes(int upload, int download)
    {
        m_uploadBatch = upload;
        m_downloadBatch = download;
    }

Q_SIGNALS:
    void finished(const akten::sync::SyncOutcome &outcome);

private:
    void uploadNext();
    void probeUpload();
    void send(const UploadRequest &sent);
    void downloadNext();
    /** The next download request: the session's batch size, the protocol's largest during a first download. */
    [[nodiscard]] Result<DownloadRequest> nextDownloadRequest();
    void requestDownload(const DownloadRequest &request);
    void applyDownloaded(qint64 requestedFrom, const HttpAnswer &answer);
    void fail(const QString &message);
    void finish();
    /** true if the answer was a success; otherwise ends the session. */
    bool accepted(const HttpAnswer &answer);

    store::DeviceStore &m_store;
    DeviceSync m_device;
    CentralClient &m_client;
    QUrl m_central;
    SyncOutcome m_outcome;
    QString m_auditProblem; ///< why the audit chain did not verify (English, no personal data)
    int m_guard = 0;
    int m_generation = 0; ///< start() count: an answer to an earlier run of this session is ignored
    bool m_ended = false; ///< finished was emitted: a download answer still on its way is ignored
    int m_probes = 0; ///< empty batches sent after a 409 in this sync
    int m_uploadBatch = 500;
    int m_downloadBatch = 1000;
};

} // namespace akten::sync
