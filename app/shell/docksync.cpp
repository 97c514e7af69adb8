// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "shell/docksync.h"

#include "store/devicestore.h"
#include "sync/client/centralclient.h"
#include "sync/client/docksignal.h"
#include "sync/client/syncscheduler.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {
Q_LOGGING_CATEGORY(lcDockSync, "akten.shell.sync")
/** Records per batch in the app: about 15-20 ms of store work each on the UI thread (syncbench: ~80 µs a record). */
constexpr int kAppBatch = 200;
} // namespace

namespace akten::shell {

DockSync::DockSync(store::DeviceStore &store, store::KeyProvider &keys, const core::Clock &clock,
    const QString &dataDir, const SyncSettings &settings)
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
    m_client = std::make_unique<sync::CentralClient>(credentials.value().tlsConfiguration());
    m_dock = std::make_unique<sync::PowerSupplyDock>();
    sync::SyncPolicy policy;
    policy.dockedEveryMs = settings.dockedEveryMinutes * 60'000;
    policy.nightly = QTime::fromString(settings.nightly, u"HH:mm"_s);
    const QUrl central(settings.centralUrl);
    m_scheduler = std::make_unique<sync::SyncScheduler>(
        *m_dock, clock,
        [&store, &clock, client = m_client.get(), central] {
            auto session = std::make_unique<sync::SyncSession>(store, clock, *client, central);
            session->setBatchSizes(kAppBatch, kAppBatch);
            return session;
        },
        policy);
    QObject::connect(m_scheduler.get(), &sync::SyncScheduler::revoked, m_scheduler.get(), [dataDir] {
        if (auto erased = sync::DeviceCredentials::eraseSecrets(dataDir); !erased) {
            qCCritical(lcDockSync) << "revoked, but the keys could not be erased:" << erased.error().message;
        }
    });
    if (m_dock->docked()) {
        QTimer::singleShot(0, m_scheduler.get(), &sync::SyncScheduler::syncNow);
    }
}

DockSync::~DockSync() = default;

} // namespace akten::shell
