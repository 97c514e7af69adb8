// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/codecsync.h"

#include "sync/client/devicesync.h"
#include "sync/server/centralservice.h"

using namespace Qt::StringLiterals;

namespace akten::test {

Result<sync::UploadResponse> uploadThroughCodec(
    store::DeviceStore &tablet, sync::CentralService &central, const core::Clock &clock)
{
    sync::DeviceSync client(tablet, clock);
    auto batch = client.nextUpload(1000);
    if (!batch) {
        return batch.error();
    }
    const auto decoded = sync::decodeUploadRequest(sync::encode(batch.value()));
    if (const auto *error = std::get_if<sync::DecodeError>(&decoded)) {
        return Error { ErrorCode::Integrity, error->message };
    }
    auto answer = central.applyUpload(std::get<sync::UploadRequest>(decoded));
    if (answer) {
        if (auto taken = client.acceptUploadResponse(batch.value(), answer.value()); !taken) {
            return taken.error();
        }
    }
    return answer;
}

Status downloadThroughCodec(store::DeviceStore &tablet, sync::CentralService &central, const core::Clock &clock)
{
    sync::DeviceSync client(tablet, clock);
    for (int round = 0; round < 20; ++round) {
        auto request = client.nextDownload(500);
        if (!request) {
            return request.error();
        }
        auto answer = central.downloadStored(request.value()); // as akten-central answers: records as stored
        if (!answer) {
            return answer.error();
        }
        auto decoded = sync::decodeDownloadResponse(sync::encode(answer.value()));
        if (const auto *error = std::get_if<sync::DecodeError>(&decoded)) {
            return Error { ErrorCode::Integrity, error->message };
        }
        const auto &batch = std::get<sync::DownloadResponse>(decoded);
        if (auto applied = client.applyDownload(batch); !applied) {
            return applied.error();
        }
        if (!batch.more) {
            return {};
        }
    }
    return Error { ErrorCode::Integrity, u"download did not end"_s };
}

} // namespace akten::test
