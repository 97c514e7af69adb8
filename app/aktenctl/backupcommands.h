// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QStringList>

namespace akten::cli {

/** aktenctl backup: one encrypted file with everything but the central key, taken while akten-central serves. */
int runBackupCommand(const QStringList &args);
/** aktenctl restore: a checked backup into a new central directory, with the store's integrity checked first. */
int runRestoreCommand(const QStringList &args);

} // namespace akten::cli
