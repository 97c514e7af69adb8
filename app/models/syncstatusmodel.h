// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/rejectedrecordlistmodel.h"
#include "app/models/syncfreshness.h"
#include "sync/client/offlinelease.h"

#include <QObject>
#include <QTimer>
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
 * has not synced for too long. "Synka nu" is for unit managers. How current the device's copy of its units is
 * (for the board and the kiosk) is its `freshness`, kept up to date here. All text Swedish; reasons are never record
 * content.
 */
class SyncStatusModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(bool configured READ configured CONSTANT)
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(QString stateLabel READ stateLabel NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(QString nextText READ nextText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(int pending READ pending NOTIFY changed)
    Q_PROPERTY(int conflicts READ conflicts NOTIFY changed)
    Q_PROPERTY(RejectedRecordListModel *rejected READ rejected CONSTANT)
    Q_PROPERTY(bool canSyncNow READ canSyncNow NOTIFY changed)
    Q_PROPERTY(bool leaseLocked READ leaseLocked NOTIFY changed)
    Q_PROPERTY(QString leaseText READ leaseText NOTIFY changed)
    Q_PROPERTY(SyncFreshness *freshness READ freshness CONSTANT)

public:
    /** Where the dock's sync stands (sync::SyncScheduler::State, plus Off for a tablet that does not sync). */
    enum State {
        Off, ///< no central store configured, or not enrolled
        Undocked,
        Syncing,
        UpToDate,
        Retrying, ///< the last attempt failed; the next one is scheduled
        Revoked, ///< the central store refused this tablet: its data stays locked
    };
    Q_ENUM(State)

    /**
     * `scheduler` null: this tablet does not sync (no central store configured or not enrolled); no lease then.
     * `monotonic` counts the time Akten runs, kept in the store for the lease (OfflineLease) about once a minute.
     */
    SyncStatusModel(akten::store::Database &db, const akten::core::Clock &clock,
        const akten::core::MonotonicClock &monotonic, akten::sync::SyncScheduler *scheduler,
        akten::sync::OfflineLease lease, QObject *parent = nullptr);
    ~SyncStatusModel() override;
    Q_DISABLE_COPY_MOVE(SyncStatusModel)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);

    [[nodiscard]] bool configured() const { return m_scheduler != nullptr; }
    [[nodiscard]] State state() const;
    /** The state in a word or two, for the status chip ("Synkad", "Misslyckades", …). */
    [[nodiscard]] QString stateLabel() const;
    /** The state in a sentence that says what to do. */
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString lastSyncText() const;
    [[nodiscard]] QString nextText() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] int pending() const { return m_pending; }
    [[nodiscard]] int conflicts() const { return m_conflicts; }
    /** The records the central store refused, kept on the tablet. */
    [[nodiscard]] RejectedRecordListModel *rejected() const { return m_rejected; }
    [[nodiscard]] bool canSyncNow() const;
    [[nodiscard]] bool leaseLocked() const { return m_leaseLocked; }
    [[nodiscard]] QString leaseText() const;
    /** "Uppdaterad 10:42", stale, and per occurrence "Missad" or "Ej signerad här": what the board asks. */
    [[nodiscard]] SyncFreshness *freshness() const { return m_freshness; }

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
    RejectedRecordListModel *m_rejected; ///< child of this
    SyncFreshness *m_freshness; ///< child of this
    bool m_leaseLocked = false;
    bool m_readFailed = false;
};
