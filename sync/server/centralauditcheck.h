// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

namespace akten::store {
class Database;
}

namespace akten::sync {

/**
 * Checks the audit chains an embedded central store holds (run by `aktenctl restore`): every stored audit event's
 * content matches its hash, each links to the event before it where both are stored (an event refused as altered is
 * on the refused shelf, not here), and no device's stored events go beyond its chain head. The first problem, in
 * English, naming the device and seq, never content. Returns how many events were checked.
 */
[[nodiscard]] Result<qint64> checkCentralAuditChains(store::Database &db);

} // namespace akten::sync
