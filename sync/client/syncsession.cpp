// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/client/syncsession.h"

#include "app/store/auditlog.h"
#include "app/store/devicestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

constexpr int kMaxExchanges = 100'000; // a central store that never says "no more" cannot keep a device busy forever

} // namespace

SyncSession::SyncSession(
    store::DeviceStore &store, const core::Clock &clock, CentralClient &client, QUrl central, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_device(store, clock)
    , m_client(client)
    , m_central(std::move(central))
{ }

void SyncSession::start()
{
    m_outcome = {};
    m_ended = false;
    ++m_generation;
    m_guard = 0;
    m_probes = 0;
    if (auto verified = store::AuditLog(m_store.db()).verify(); !verified) {
        // Nothing goes up, but the download still runs: a revoked tablet must learn it (410) and erase its keys.
        m_outcome.auditChainBroken = true;
        m_auditProblem = verified.error().message;
        downloadNext();
        return;
    }
    uploadNext();
}

void SyncSession::fail(const QString &message)
{
    m_outcome.error = message;
    // A first download cut short: what it deferred is built now rather than at the next open of the store.
    if (auto closed = m_device.closeFirstLoad(); !closed) {
        m_outcome.error
            += u" (the indexes the first download deferred are built when the store is next opened: %1)"_s.arg(
                closed.error().message);
    }
    finish();
}

void SyncSession::finish()
{
    m_ended = true;
    Q_EMIT finished(m_outcome);
}

bool SyncSession::accepted(const HttpAnswer &answer)
{
    if (++m_guard > kMaxExchanges) {
        fail(u"too many exchanges in one sync"_s);
        return false;
    }
    if (answer.status == 200) {
        return true;
    }
    const QString reason = QJsonDocument::fromJson(answer.body).object().value("error"_L1).toString();
    if (answer.status == 410) {
        m_outcome.end = SyncOutcome::End::Revoked;
        fail(u"the central store has revoked this device"_s);
        return false;
    }
    fail(
        answer.status == 0 ? answer.transportError : u"central store answered %1: %2"_s.arg(answer.status).arg(reason));
    return false;
}

void SyncSession::uploadNext()
{
    auto batch = m_device.nextUpload(m_uploadBatch);
    if (!batch) {
        fail(batch.error().message);
        return;
    }
    // The last batch (fewer records than asked for, perhaps none) is marked complete: the central store notes when this
    // device had sent everything, which tells the other devices how current their copy of its records is.
    send(batch.value());
}

void SyncSession::probeUpload()
{
    // Only a central store that lost records it had acknowledged (restored from a backup) answers a batch from this
    // device's acknowledgement with 409: an empty batch asks how far it holds them, and the answer rewinds the
    // acknowledgement (DeviceSync::acceptUploadResponse). A third 409 in one sync is no restore: the sync fails.
    if (++m_probes > 2) {
        fail(u"the central store keeps refusing this device's uploads after a gap"_s);
        return;
    }
    auto probe = m_device.probeUpload();
    if (!probe) {
        fail(probe.error().message);
        return;
    }
    send(probe.value());
}

void SyncSession::send(const UploadRequest &sent)
{
    m_client.post(m_central.resolved(QUrl(u"/v1/upload"_s)), encode(sent), [this, sent](const HttpAnswer &answer) {
        if (answer.status == 409 && !sent.items.isEmpty()) {
            probeUpload();
            return;
        }
        if (!accepted(answer)) {
            return;
        }
        const auto decoded = decodeUploadResponse(answer.body);
        if (const auto *bad = std::get_if<DecodeError>(&decoded)) {
            fail(u"malformed upload answer: %1"_s.arg(bad->message));
            return;
        }
        const auto &response = std::get<UploadResponse>(decoded);
        if (auto taken = m_device.acceptUploadResponse(sent, response); !taken) {
            fail(taken.error().message);
            return;
        }
        for (const auto &result : response.results) {
            (result.status == ItemStatus::Rejected ? m_outcome.rejected : m_outcome.uploaded) += 1;
        }
        // A complete batch whose answer left records pending: the central store went back (restored), they go up again.
        const auto pending = m_device.pendingUploads();
        if (sent.complete && pending && pending.value() == 0) {
            downloadNext();
        } else {
            uploadNext();
        }
    });
}

void SyncSession::downloadNext()
{
    auto request = nextDownloadRequest();
    if (!request) {
        fail(request.error().message);
        return;
    }
    requestDownload(request.value());
}

Result<DownloadRequest> SyncSession::nextDownloadRequest()
{
    auto request = m_device.nextDownload(m_downloadBatch);
    if (!request) {
        return request;
    }
    // A new tablet's first download: nobody works on it yet, so the largest batches (the fewest commits, an fsync
    // each).
    const auto first = m_device.firstDownload();
    if (!first) {
        return first.error();
    }
    if (first.value()) {
        request.value().limit = kMaxRecordsPerBatch;
    }
    return request;
}

void SyncSession::requestDownload(const DownloadRequest &request)
{
    // The answer may come after the session ended (a prefetched batch, below): a session gone or finished ignores it.
    m_client.post(m_central.resolved(QUrl(u"/v1/download"_s)), encode(request),
        [self = QPointer<SyncSession>(this), cursor = request.cursor, generation = m_generation](
            const HttpAnswer &answer) {
            if (self && self->m_generation == generation && !self->m_ended) {
                self->applyDownloaded(cursor, answer);
            }
        });
}

void SyncSession::applyDownloaded(qint64 requestedFrom, const HttpAnswer &answer)
{
    if (!accepted(answer)) {
        return;
    }
    const auto decoded = decodeDownloadResponse(answer.body);
    if (const auto *bad = std::get_if<DecodeError>(&decoded)) {
        fail(u"malformed download answer: %1"_s.arg(bad->message));
        return;
    }
    const auto &batch = std::get<DownloadResponse>(decoded);
    // Only an answer to the cursor the store holds is applied whole; one asked for ahead of a batch that was not
    // applied to its end (never the case today: such a batch ends the sync) is asked for again from the store's own.
    const auto cursor = nextDownloadRequest();
    if (!cursor) {
        fail(cursor.error().message);
        return;
    }
    if (cursor.value().cursor != requestedFrom) {
        requestDownload(cursor.value());
        return;
    }
    // The next batch is asked for before this one is applied: the central store reads it and the network carries it
    // while this tablet writes (the sync thread), so a long download costs about the larger of the two, not their sum.
    if (batch.more) {
        // Asked for with the master data this batch brings (what the store holds once it is applied), so the central
        // store does not send it twice.
        requestDownload({ cursor.value().deviceId, batch.nextCursor, cursor.value().limit,
            batch.master ? batch.master->hash : cursor.value().masterHash });
    }

    auto applied = m_device.applyDownload(batch);
    if (!applied) {
        fail(applied.error().message);
        return;
    }
    m_outcome.downloaded += applied.value().accepted;
    m_outcome.downloadRejected += int(applied.value().rejected.size());
    if (!applied.value().rejected.isEmpty()) {
        // The cursor stayed before the first refused record: asking again now would get the same answer.
        fail(u"%1 downloaded records could not be applied and will be asked for again (first: %2)"_s
                 .arg(applied.value().rejected.size())
                 .arg(applied.value().rejected.constFirst()));
        return;
    }
    if (batch.more) {
        return; // the next batch is on its way
    }
    if (m_outcome.auditChainBroken) { // not a completed sync: this device's records did not go up
        fail(u"audit chain broken, nothing uploaded: %1"_s.arg(m_auditProblem));
        return;
    }
    if (auto marked = m_device.markCompleted(); !marked) {
        fail(marked.error().message);
        return;
    }
    m_outcome.end = SyncOutcome::End::Done;
    finish();
}

} // namespace akten::sync
