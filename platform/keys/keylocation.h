// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

namespace akten::platform {

/** Where a store's device key lives when no --device-key is given, and why (for `aktenctl init` to say). */
struct DeviceKeyLocation
{
    QString path;
    QString why; ///< English, one sentence
    bool legacy = false; ///< DIR/device.key of a store made before issue 16: used, but it should be moved
};

/**
 * The directory for device keys kept in files, outside every data directory, so that a copy of a data directory
 * alone (a backup, a disk image, a stolen SD card) never holds the key its wrapped data key needs: $AKTEN_KEY_DIR if
 * set; for root /var/lib/akten/keys; for another user $XDG_STATE_HOME/akten/keys, else ~/.local/state/akten/keys
 * (state that belongs to the user and this machine, not data to back up or sync). Made owner-only (0700) on use.
 */
[[nodiscard]] QString deviceKeyDirectory();

/**
 * The default device key of the store in `dataDir`: DIR/device.key if a store made before issue 16 has one there
 * (legacy), else deviceKeyDirectory()/NAME-HASH.key, NAME the directory's name and HASH 16 hex digits of the SHA-256
 * of its absolute path (one key per data directory; a directory moved elsewhere needs --device-key).
 */
[[nodiscard]] DeviceKeyLocation defaultDeviceKeyLocation(const QString &dataDir);

} // namespace akten::platform
