// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/client/syncscheduler.h"

#include "sync/client/docksignal.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDock, "akten.sync.dock")

namespace akten::sync {

SyncScheduler::SyncScheduler(
    DockSignal &dock, const core::Clock &clock, SyncRunner &runner, SyncPolicy policy, QObject *parent)
    : QObject(parent)
    , m_dock(dock)
    , m_clock(clock)
    , m_runner(runner)
    , m_policy(policy)
{
    connect(&m_runner, &SyncRunner::finished, this, &SyncScheduler::onFinished);
    m_next.setSingleShot(true);
    m_night.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &SyncScheduler::syncNow);
    connect(&m_night, &QTimer::timeout, this, [this] {
        syncNow();
        planNight();
    });
    connect(&m_dock, &DockSignal::dockedChanged, this, &SyncScheduler::onDocked);
    m_state = m_dock.docked() ? State::UpToDate : State::Undocked;
    planNight();
}

SyncScheduler::~SyncScheduler() = default;

void SyncScheduler::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

void SyncScheduler::syncNow()
{
    if (m_state == State::Revoked) {
        return;
    }
    if (m_running) {
        m_again = true;
        return;
    }
    m_next.stop();
    m_nextAttemptMs = 0;
    m_running = true;
    qCInfo(lcDock) << "sync started";
    setState(State::Syncing);
    m_runner.start();
}

void SyncScheduler::onDocked(bool docked)
{
    qCInfo(lcDock) << (docked ? "docked" : "undocked");
    if (docked) {
        syncNow();
    } else if (m_state != State::Syncing && m_state != State::Revoked) {
        // Off the dock the network is usually gone: no retries until it is back (the night attempt still runs).
        m_next.stop();
        m_nextAttemptMs = 0;
        setState(State::Undocked);
    }
}

void SyncScheduler::onFinished(const SyncOutcome &outcome)
{
    m_running = false;
    m_last = outcome;
    Q_EMIT finished(outcome);
    if (outcome.end == SyncOutcome::End::Revoked) {
        qCWarning(lcDock) << "the central store revoked this device";
        m_night.stop();
        setState(State::Revoked);
        Q_EMIT revoked();
        return;
    }
    if (outcome.end == SyncOutcome::End::Done) {
        qCInfo(lcDock) << "sync done:" << outcome.uploaded << "uploaded," << outcome.rejected << "rejected,"
                       << outcome.downloaded << "downloaded";
        m_failures = 0;
    } else {
        ++m_failures;
        qCWarning(lcDock).noquote() << "sync failed (" << m_failures << "in a row):" << outcome.error;
    }
    if (std::exchange(m_again, false)) {
        syncNow();
        return;
    }
    const bool failed = outcome.end != SyncOutcome::End::Done;
    if (!m_dock.docked()) {
        setState(State::Undocked); // the last outcome (and its failure) stays on show until the next dock
        return;
    }
    if (failed) {
        const qint64 backoff = qint64(m_policy.retryFirstMs) << std::min(m_failures - 1, 20);
        planNext(int(std::min<qint64>(backoff, m_policy.retryMaxMs)));
        setState(State::Retrying);
    } else {
        planNext(m_policy.dockedEveryMs);
        setState(State::UpToDate);
    }
}

void SyncScheduler::planNext(int inMs)
{
    m_nextAttemptMs = m_clock.nowMs() + inMs;
    m_next.start(inMs);
}

void SyncScheduler::planNight()
{
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_clock.nowMs());
    QDateTime at(now.date(), m_policy.nightly);
    if (at <= now) {
        at = at.addDays(1);
    }
    m_night.start(int(std::min<qint64>(now.msecsTo(at), 24LL * 3600 * 1000)));
}

} // namespace akten::sync
