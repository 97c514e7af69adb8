// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/clock.h"
#include "sync/client/syncrunner.h"

#include <QObject>
#include <QTime>
#include <QTimer>

namespace akten::sync {

class DockSignal;

/** When the scheduler syncs ([sync] in the settings file). */
struct SyncPolicy
{
    int retryFirstMs = 30'000; ///< first retry after a failed sync; doubles each time
    int retryMaxMs = 15 * 60'000;
    int dockedEveryMs = 60 * 60'000; ///< while docked and up to date, sync again this often
    QTime nightly { 2, 0 }; ///< and every night at this time, docked or not
};

/**
 * The dock's state machine, on the UI thread without blocking it (the runner does the work, in the app on a thread
 * of its own):
 *
 *   Undocked ──dock──▶ Syncing ──done──▶ UpToDate ──dockedEvery / night / synka nu──▶ Syncing
 *                        │  ▲
 *                     failed │ retry (30 s, doubling to 15 min; while docked, at night, or asked)
 *                        ▼  │
 *                      Retrying            Syncing ──410──▶ Revoked (final: the owner erases the keys)
 *
 * Never stalls silently: every state says what comes next (nextAttemptMs) and the last failure's reason. A request
 * while syncing is remembered and run right after. `runner` runs one SyncSession per attempt (the same code as
 * `aktenctl sync`).
 */
class SyncScheduler : public QObject
{
    Q_OBJECT
public:
    enum class State { Undocked, Syncing, UpToDate, Retrying, Revoked };
    Q_ENUM(State)

    SyncScheduler(DockSignal &dock, const core::Clock &clock, SyncRunner &runner, SyncPolicy policy = {},
        QObject *parent = nullptr);
    ~SyncScheduler() override;

    [[nodiscard]] State state() const { return m_state; }
    /** When the next attempt is due (wall clock ms), 0 if none is planned. */
    [[nodiscard]] qint64 nextAttemptMs() const { return m_nextAttemptMs; }
    [[nodiscard]] const SyncOutcome &lastOutcome() const { return m_last; }
    [[nodiscard]] int failuresInARow() const { return m_failures; }

    /** Starts a sync now ("synka nu", or the first one at start-up); a sync running already is followed by another. */
    void syncNow();

Q_SIGNALS:
    void changed();
    /** A sync ended, however (before the state that follows is set): screens read again what it brought. */
    void finished(const akten::sync::SyncOutcome &outcome);
    /** The central store revoked this device: the owner must erase its secrets and lock. */
    void revoked();

private:
    void onDocked(bool docked);
    void onFinished(const SyncOutcome &outcome);
    void planNext(int inMs);
    void planNight();
    void setState(State state);

    DockSignal &m_dock;
    const core::Clock &m_clock;
    SyncRunner &m_runner;
    SyncPolicy m_policy;
    bool m_running = false;
    QTimer m_next;
    QTimer m_night;
    State m_state = State::Undocked;
    SyncOutcome m_last;
    qint64 m_nextAttemptMs = 0;
    int m_failures = 0;
    bool m_again = false;
};

} // namespace akten::sync
