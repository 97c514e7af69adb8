// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

struct sqlite3;

namespace akten::store {

/** Maps the connection's last SQLite result to an Error (English; no SQL parameters). Internal to akten_store. */
[[nodiscard]] Error sqliteError(sqlite3 *db, int rc, const QString &context);

} // namespace akten::store
