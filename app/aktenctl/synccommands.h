// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QStringList>

namespace akten::cli {

/** aktenctl enrol: enrol this device with akten-central using a one-time code and the CA fingerprint. */
int runEnrolCommand(const QStringList &args);
/** aktenctl sync: one sync with akten-central, headless (the dock's code). */
int runSyncCommand(const QStringList &args);
/** aktenctl export-master: the device's units, staff and residents' units in the import-master format. */
int runExportMasterCommand(const QStringList &args);

} // namespace akten::cli
