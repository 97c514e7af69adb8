// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "tests/bench/bulkceiling.h"

namespace akten::store {
class KeyProvider;
}

namespace akten::bench {

/**
 * The ceiling of the embedded central store's ingest (issue 19): the log rows `deviceId` uploaded, read back from the
 * central store in `centralDir` (opened with its data key, as `keys` wraps it), and the central store's own log table
 * with its keys as its migrations made it (its CREATE TABLE from sqlite_master; no secondary index, no trigger), for
 * bulkInsertCeiling. The rows keep every column the upload wrote (position is the table's own).
 */
[[nodiscard]] CeilingTable centralLogCeiling(
    const QString &centralDir, store::KeyProvider &keys, const QString &deviceId);

} // namespace akten::bench
