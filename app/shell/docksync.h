// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"
#include "app/shell/settings.h"

#include <memory>

namespace akten::store {
class DeviceStore;
class KeyProvider;
} // namespace akten::store
namespace akten::platform {
class BeaconScanner;
class DockSignal;
} // namespace akten::platform
namespace akten::sync {
class SyncRunner;
class SyncScheduler;
} // namespace akten::sync

namespace akten::shell {

/**
 * The tablet's side of syncing in the app: if the tablet is enrolled (DATA_DIR/device.crt) and a central store is
 * set ([sync] central_url or --central), the dock (external power, and the dock's BLE beacon if one is set), the state
 * machine and the sync thread (its own store connection and mutual-TLS client); a sync starts at once if the tablet
 * is docked, a light one if it is not ([sync] light_every_minutes). A revocation erases the data
 * key and TLS key (the open store stays in memory, locked by the lease, until the app ends). Otherwise nothing:
 * scheduler() is null and the tablet works alone.
 */
class DockSync
{
public:
    DockSync(store::KeyProvider &keys, const core::Clock &clock, const QString &dataDir, const SyncSettings &settings);
    ~DockSync();
    DockSync(const DockSync &) = delete;
    DockSync &operator=(const DockSync &) = delete;

    [[nodiscard]] sync::SyncScheduler *scheduler() const { return m_scheduler.get(); }

private:
    std::unique_ptr<platform::DockSignal> m_power;
    std::unique_ptr<platform::BeaconScanner> m_beacon; ///< with [sync] dock_beacon_uuid
    std::unique_ptr<platform::DockSignal> m_beaconDock; ///< power and beacon, when there is a beacon
    std::unique_ptr<sync::SyncRunner> m_runner;
    std::unique_ptr<sync::SyncScheduler> m_scheduler; // destroyed first: it refers to the runner and the dock
};

} // namespace akten::shell
