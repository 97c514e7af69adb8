// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"
#include "sync/client/syncrunner.h"

#include <QObject>
#include <QTime>
#include <QTimer>

namespace akten::platform {
class DockSignal;
} // namespace akten::platform

namespace akten::sync {

/** When the scheduler syncs ([sync] in the settings file). */
struct SyncPolicy
{
    int retryFirstMs = 30'000; ///< first retry after a failed sync; doubles each time
    int retryMaxMs = 15 * 60'000; ///< (and never later than lightEveryMs, when light syncs are on)
    int dockedEveryMs = 60 * 60'000; ///< while docked and up to date, sync again this often
    QTime nightly { 2, 0 }; ///< and every night at this time, docked or not
    int lightEveryMs = 2 * 60'000; ///< a light sync this often, docked or not, whenever no other sync runs; 0 = off
};

/**
 * The dock's state machine, on the UI thread without blocking it (the runner does the work, in the app on a thread
 * of its own):
 *
 *   light sync ↻                      light sync ↻   (every lightEvery, in the background: the state stays)
 *   Undocked ──dock──▶ Syncing ──done──▶ UpToDate ──dockedEvery / night / synka nu──▶ Syncing
 *                        │  ▲
 *                     failed │ retry (30 s, doubling to 15 min, at most lightEvery; docked, at night, or asked)
 *                        ▼  │
 *                      Retrying            Syncing ──410──▶ Revoked (final: the owner erases the keys)
 *
 * Light syncs: every lightEvery (counted from the end of the last sync of any kind), in Undocked and UpToDate, a
 * light sync runs in the background: the same session with small batches (SyncKind::Light). It leaves the state as
 * it is, so that a tablet on the unit's Wi-Fi and a kiosk (always "docked": it has no battery) keep the board within
 * minutes of the other devices. Off the dock a failed light sync is not an error, only a sign that the central store
 * is not on this network: the last outcome and the failure count stay as they were. Docked, it counts like any
 * attempt (a failure is Retrying). A completed light sync is a completed sync (the last contact, the offline lease).
 *
 * Never stalls silently: every state says what comes next (nextAttemptMs, nextLightMs) and the last failure's reason.
 * A request while syncing is remembered and run right after. `runner` runs one SyncSession per attempt (the same
 * code as `aktenctl sync`).
 */
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    enum class State { Undocked, Syncing, UpToDate, Retrying, Revoked };
    Q_ENUM(State)

    SyncScheduler(platform::DockSignal &dock, const core::Clock &clock, SyncRunner &runner, SyncPolicy policy = {},
        QObject *parent = nullptr);
    ~SyncScheduler() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const SyncPolicy &policy() const { return m_policy; }
    /** When the next full attempt (docked, or a retry) is due (wall clock ms), 0 if none is planned. */
    [[nodiscard]] qint64 nextAttemptMs() const { return m_nextAttemptMs; }
    /** When the next light sync is due (wall clock ms), 0 if none is planned. */
    [[nodiscard]] qint64 nextLightMs() const { return m_nextLightMs; }
    /** Whether the sync running now is a light one. */
    [[nodiscard]] bool lightRunning() const { return m_running && m_kind == SyncKind::Light; }
    [[nodiscard]] const SyncOutcome &lastOutcome() const { return m_last; }
    [[nodiscard]] int failuresInARow() const { return m_failures; }

    /** Starts a sync now ("synka nu", or the first one at start-up); a sync running already is followed by another. */
    void syncNow();
    /** Starts a light sync now (at start-up off the dock) unless a sync runs or the state has its own plan. */
    void syncLight();

Q_SIGNALS:
    void changed();
    /** A sync ended, however (before the state that follows is set): screens read again what it brought. */
    void finished(const akten::sync::SyncOutcome &outcome);
    /** The central store revoked this device: the owner must erase its secrets and lock. */
    void revoked();

private:
    void onDocked(bool docked);
    void onFinished(const SyncOutcome &outcome);
    void start(SyncKind kind);
    void planNext(int inMs);
    void planLight();
    void planNight();
    void setState(State state);

    platform::DockSignal &m_dock;
    const core::Clock &m_clock;
    SyncRunner &m_runner;
    SyncPolicy m_policy;
    bool m_running = false;
    SyncKind m_kind = SyncKind::Full; ///< of the sync running (or the last one)
    QTimer m_next;
    QTimer m_night;
    QTimer m_light;
    State m_state = State::Undocked;
    SyncOutcome m_last;
    qint64 m_nextAttemptMs = 0;
    qint64 m_nextLightMs = 0;
    int m_failures = 0;
    bool m_again = false;
};

} // namespace akten::sync
