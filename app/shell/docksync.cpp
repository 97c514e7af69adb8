// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/shell/docksync.h"

#include "app/store/devicestore.h"
#include "app/store/keyprovider.h"
#include "platform/dock/beacondock.h"
#include "platform/dock/blebeaconscanner.h"
#include "platform/dock/powersupplydock.h"
#include "sync/client/centralclient.h"
#include "sync/client/syncscheduler.h"
#include "sync/client/threadedsyncrunner.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcDockSync, "akten.shell.sync")
/**
 * Records per batch in the app: each batch is one transaction of about 15-20 ms on the sync thread (syncbench: ~80 µs
 * a record), the longest a badge login or a signature waits for the store while a sync runs.
 */
constexpr int kAppBatch = 200;
/** A light sync (on the unit's network, every few minutes) sends small batches: the rest waits for the dock. */
constexpr int kLightUploadBatch = 50;
} // namespace

namespace akten::shell {

DockSync::DockSync(
    store::KeyProvider &keys, const core::Clock &clock, const QString &dataDir, const SyncSettings &settings)
{
    if (settings.centralUrl.isEmpty() || !QFile::exists(dataDir + u"/device.crt"_s)) {
        qCInfo(lcDockSync) << "sync off:" << (settings.centralUrl.isEmpty() ? "no central store set" : "not enrolled");
        return;
    }
    auto credentials = sync::DeviceCredentials::load(dataDir, keys);
    if (!credentials) {
        qCWarning(lcDockSync) << "sync off: cannot load the device credentials:" << credentials.error().message;
        return;
    }
    m_power = std::make_unique<platform::PowerSupplyDock>();
    platform::DockSignal *dock = m_power.get();
    if (!settings.dockBeaconUuid.isEmpty()) {
        m_beacon = std::make_unique<platform::BleBeaconScanner>(settings.dockBeaconUuid);
        m_beaconDock = std::make_unique<platform::BeaconDock>(*m_power, *m_beacon, settings.dockBeaconMinRssi);
        dock = m_beaconDock.get();
    }
    sync::SyncPolicy policy;
    policy.dockedEveryMs = settings.dockedEveryMinutes * 60'000;
    policy.nightly = QTime::fromString(settings.nightly, u"HH:mm"_s);
    policy.lightEveryMs = settings.lightEveryMinutes * 60'000;
    // The sync thread opens its own connection to the store and its own network client, and closes them there.
    m_runner = std::make_unique<sync::ThreadedSyncRunner>(
        [dataDir, &keys, &clock, tls = credentials.value().tlsConfiguration(),
            central = QUrl(settings.centralUrl)]() -> Result<sync::SessionFactory> {
            auto opened = store::DeviceStore::open(dataDir, keys, clock);
            if (!opened) {
                return opened.error();
            }
            auto store = std::make_shared<store::DeviceStore>(std::move(opened).value());
            auto client = std::make_shared<sync::CentralClient>(tls);
            return sync::SessionFactory([store, client, &clock, central](sync::SyncKind kind) {
                auto session = std::make_unique<sync::SyncSession>(*store, clock, *client, central);
                session->setBatchSizes(kind == sync::SyncKind::Light ? kLightUploadBatch : kAppBatch, kAppBatch);
                return session;
            });
        });
    m_scheduler = std::make_unique<sync::SyncScheduler>(*dock, clock, *m_runner, policy);
    QObject::connect(m_scheduler.get(), &sync::SyncScheduler::revoked, m_scheduler.get(), [dataDir, &keys] {
        if (auto erased = sync::DeviceCredentials::eraseSecrets(dataDir); !erased) {
            qCCritical(lcDockSync) << "revoked, but the keys could not be erased:" << erased.error().message;
        }
        // The device key too (KeyProvider::destroy): a copy of datakey.wrapped put back then opens nothing.
        if (auto destroyed = keys.destroy(); !destroyed) {
            qCCritical(lcDockSync) << "revoked, but the device key could not be destroyed:"
                                   << destroyed.error().message;
        }
    });
    if (dock->docked()) {
        QTimer::singleShot(0, m_scheduler.get(), &sync::SyncScheduler::syncNow);
    } else if (policy.lightEveryMs > 0) { // on the unit's Wi-Fi the board is current from the start
        QTimer::singleShot(0, m_scheduler.get(), &sync::SyncScheduler::syncLight);
    }
}

DockSync::~DockSync() = default;

} // namespace akten::shell
