// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// libFuzzer target for the sync message decoders (every message akten-central or a device receives). Build with
// the `fuzz` preset (clang, -fsanitize=fuzzer,address,undefined); run with `ctest --preset fuzz` (30 s) or e.g.
// `build/fuzz/bin/messagefuzz -max_total_time=600 -dict=tests/fuzz/json.dict CORPUS tests/fuzz/corpus`.
#include "sync/protocol/messages.h"

#include <QByteArray>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)akten::sync::decodeUploadRequest(body);
    (void)akten::sync::decodeUploadResponse(body);
    (void)akten::sync::decodeDownloadRequest(body);
    (void)akten::sync::decodeDownloadResponse(body);
    return 0;
}
