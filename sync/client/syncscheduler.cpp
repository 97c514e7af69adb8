// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/client/syncscheduler.h"

#include "platform/dock/docksignal.h"

#include <QDateTime>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDock, "akten.sync.dock")

namespace akten::sync {

SyncScheduler::SyncScheduler(
    platform::DockSignal &dock, const core::Clock &clock, SyncRunner &runner, SyncPolicy policy, QObject *parent)
    : QObject(parent)
    , m_dock(dock)
    , m_clock(clock)
    , m_runner(runner)
    , m_policy(policy)
{
    connect(&m_runner, &SyncRunner::finished, this, &SyncScheduler::onFinished);
    m_next.setSingleShot(true);
    m_night.setSingleShot(true);
    m_light.setSingleShot(true);
    connect(&m_next, &QTimer::timeout, this, &SyncScheduler::syncNow);
    connect(&m_light, &QTimer::timeout, this, [this] {
        m_nextLightMs = 0;
        syncLight();
    });
    connect(&m_night, &QTimer::timeout, this, [this] {
        syncNow();
        planNight();
    });
    connect(&m_dock, &platform::DockSignal::dockedChanged, this, &SyncScheduler::onDocked);
    m_state = m_dock.docked() ? State::UpToDate : State::Undocked;
    planNight();
    planLight();
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
    start(SyncKind::Full);
}

void SyncScheduler::syncLight()
{
    if (m_running) {
        return; // the sync running brings the same, and the light cadence starts again when it ends
    }
    if (m_state != State::Undocked && m_state != State::UpToDate) {
        planLight(); // Retrying has its own (no later) plan; Revoked plans nothing
        return;
    }
    start(SyncKind::Light);
}

void SyncScheduler::start(SyncKind kind)
{
    m_light.stop();
    m_nextLightMs = 0;
    m_running = true;
    m_kind = kind;
    if (kind == SyncKind::Full) {
        qCInfo(lcDock) << "sync started";
        setState(State::Syncing);
    } else {
        qCDebug(lcDock) << "light sync started";
        Q_EMIT changed(); // the state stays: a light sync runs in the background
    }
    m_runner.start(kind);
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
    Q_EMIT finished(outcome);
    if (outcome.end == SyncOutcome::End::Revoked) {
        qCWarning(lcDock) << "the central store revoked this device";
        m_night.stop();
        setState(State::Revoked);
        Q_EMIT revoked();
        return;
    }
    const bool failed = outcome.end != SyncOutcome::End::Done;
    const bool light = m_kind == SyncKind::Light;
    if (light && failed && !m_dock.docked() && !outcome.auditChainBroken) {
        // Off the dock and off the unit's network: expected, not an error (nothing on show changes).
        qCInfo(lcDock).noquote() << "light sync: the central store did not answer:" << outcome.error;
    } else {
        m_last = outcome;
        if (!failed && light && outcome.uploaded + outcome.rejected + outcome.downloaded == 0) {
            qCDebug(lcDock) << "light sync done: nothing new"; // every two minutes: only worth a line if it moved
            m_failures = 0;
        } else if (!failed) {
            qCInfo(lcDock) << (light ? "light sync done:" : "sync done:") << outcome.uploaded << "uploaded,"
                           << outcome.rejected << "rejected," << outcome.downloaded << "downloaded";
            m_failures = 0;
        } else {
            ++m_failures;
            qCWarning(lcDock).noquote() << "sync failed (" << m_failures << "in a row):" << outcome.error;
        }
    }
    if (std::exchange(m_again, false)) {
        syncNow();
        return;
    }
    planLight();
    if (!m_dock.docked()) {
        setState(State::Undocked); // the last outcome (and its failure) stays on show until the next dock
        return;
    }
    if (failed) {
        const qint64 backoff = qint64(m_policy.retryFirstMs) << std::min(m_failures - 1, 20);
        const int most
            = m_policy.lightEveryMs > 0 ? std::min(m_policy.retryMaxMs, m_policy.lightEveryMs) : m_policy.retryMaxMs;
        planNext(int(std::min<qint64>(backoff, most)));
        setState(State::Retrying);
    } else {
        if (!light || !m_next.isActive()) { // light syncs do not push the next full one away
            planNext(m_policy.dockedEveryMs);
        }
        setState(State::UpToDate);
    }
}

void SyncScheduler::planNext(int inMs)
{
    m_nextAttemptMs = m_clock.nowMs() + inMs;
    m_next.start(inMs);
}

void SyncScheduler::planLight()
{
    if (m_policy.lightEveryMs <= 0 || m_state == State::Revoked) {
        return;
    }
    m_nextLightMs = m_clock.nowMs() + m_policy.lightEveryMs;
    m_light.start(m_policy.lightEveryMs);
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
