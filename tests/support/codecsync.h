// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"
#include "app/core/result.h"
#include "sync/protocol/messages.h"

namespace akten::store {
class DeviceStore;
}
namespace akten::sync {
class CentralService;
}

namespace akten::test {

/**
 * One upload of everything the tablet has pending (up to 1000) to an in-process central service, the request and
 * its answer through the wire codec as over HTTPS; the tablet takes the answer. The answer, or the central error.
 */
[[nodiscard]] Result<sync::UploadResponse> uploadThroughCodec(
    store::DeviceStore &tablet, sync::CentralService &central, const core::Clock &clock);

/** Downloads until `more` is false (at most 20 rounds of 500), every answer decoded as over the wire and applied. */
[[nodiscard]] Status downloadThroughCodec(
    store::DeviceStore &tablet, sync::CentralService &central, const core::Clock &clock);

} // namespace akten::test
