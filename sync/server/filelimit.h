// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

namespace akten::sync {

/**
 * Raises this process's soft limit on open files (RLIMIT_NOFILE) towards `needed`, as far as the hard limit allows, and
 * returns the soft limit in force afterwards. akten-central's listeners may hold this many connections at once; with
 * fewer descriptors a flood makes accept() fail (GuardedTlsServer then drops the oldest handshake and goes on).
 */
[[nodiscard]] long raiseFileLimit(long needed);

} // namespace akten::sync
