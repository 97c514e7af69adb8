// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

namespace akten::store {

class Database;

/**
 * Copies `source` into `destination` page by page with SQLite's backup API, in one step: one read transaction on
 * the source, so the copy is the state of one commit, and in WAL mode other connections (another process too) go on
 * writing meanwhile. Both must be keyed with the same data key (SQLCipher re-encrypts each page for the destination:
 * the copy is as encrypted as the source). Retries for about a minute while a writer holds the WAL index; then
 * checkpoints the copy so it is whole in its main file. Both connections on the calling thread.
 */
[[nodiscard]] Status copyOnline(Database &source, Database &destination);

} // namespace akten::store
