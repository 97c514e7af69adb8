// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "auth/sessionpolicy.h"
#include "sync/client/offlinelease.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::core {
class Clock;
class MonotonicClock;
} // namespace akten::core
namespace akten::store {
class Database;
}
namespace akten::sync {
class SyncScheduler;
}

/**
 * The sync status screen and the offline lease, for QML: where the dock's state machine is and what comes next,
 * when the last sync completed, how many records wait to go up, the records the central store refused (kept here,
 * listed), how many residents' plans are in conflict, and whether the personal data is locked because the tablet
 * has not synced for too long. "Synka nu" is for unit managers. All text Swedish; reasons are never record content.
 */
class SyncStatusModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool configured READ configured CONSTANT)
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(QString nextText READ nextText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(QVariantList rejected READ rejected NOTIFY changed)
    Q_PROPERTY(bool canSyncNow READ canSyncNow NOTIFY changed)
    Q_PROPERTY(bool leaseLocked READ leaseLocked NOTIFY changed)
    Q_PROPERTY(QString leaseText READ leaseText NOTIFY changed)

public:
    /**
     * `scheduler` null: this tablet does not sync (no central store configured or not enrolled); no lease then.
     * `monotonic` counts the time Akten runs, kept in the store for the lease (OfflineLease) about once a minute.
     */
    SyncStatusModel(akten::store::Database &db, const akten::core::Clock &clock,
        const akten::core::MonotonicClock &monotonic, akten::sync::SyncScheduler *scheduler,
        akten::sync::OfflineLease lease, QObject *parent = nullptr);

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);

    [[nodiscard]] bool configured() const { return m_scheduler != nullptr; }
    /** "off", "undocked", "syncing", "upToDate", "retrying", "revoked". */
    [[nodiscard]] QString state() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString lastSyncText() const;
    [[nodiscard]] QString nextText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] int pending() const { return m_pending; }
    [[nodiscard]] int conflicts() const { return m_conflicts; }
    [[nodiscard]] QVariantList rejected() const { return m_rejected; }
    [[nodiscard]] bool canSyncNow() const;
    [[nodiscard]] bool leaseLocked() const { return m_leaseLocked; }
    [[nodiscard]] QString leaseText() const;

    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();
    /** The lease locked or unlocked the personal data. */
    void leaseChanged(bool locked);

private:
    [[nodiscard]] QString when(qint64 wallMs) const;
    void countRunningTime();

    akten::store::Database &m_db;
    const akten::core::Clock &m_clock;
    const akten::core::MonotonicClock &m_monotonic;
    qint64 m_countedUpToMs; ///< monotonic time up to which running time is in the store
    akten::sync::SyncScheduler *m_scheduler;
    akten::sync::OfflineLease m_lease;
    std::optional<akten::auth::SessionUser> m_viewer;
    QTimer m_tick;
    qint64 m_lastCompletedMs = 0;
    qint64 m_runningMs = 0;
    int m_pending = 0;
    int m_conflicts = 0;
    QVariantList m_rejected;
    bool m_leaseLocked = false;
    bool m_readFailed = false;
};
