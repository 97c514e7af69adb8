// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The dock's state machine with light syncs, driven through a fake dock and a fake runner (the test ends each sync
// as it likes) and a manual wall clock: off the dock a light sync runs every interval and its failure is not an
// error; docked, light syncs run between the full ones without moving them, and a failure is retried with the
// usual backoff, never later than the light interval; "synka nu" during a light sync follows it; light syncs off
// means none; a revoked device runs nothing more. The timers are real and short; the test waits for conditions.
#include "tests/support/manualclock.h"

#include "platform/dock/docksignal.h"
#include "sync/client/syncrunner.h"
#include "sync/client/syncscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;
using State = sync::SyncScheduler::State;
using Kind = sync::SyncKind;
using End = sync::SyncOutcome::End;

namespace {

constexpr int kLightMs = 60;

class FakeDock final : public platform::DockSignal
{
public:
    explicit FakeDock(bool docked)
        : m_docked(docked)
    { }
    [[nodiscard]] bool docked() const override { return m_docked; }
    void set(bool docked)
    {
        m_docked = docked;
        Q_EMIT dockedChanged(docked);
    }

private:
    bool m_docked;
};

/** Records what the scheduler starts; the test ends each sync with finish(). */
class FakeRunner final : public sync::SyncRunner
{
public:
    void start(sync::SyncKind kind) override { started.append(kind); }
    void finish(End end, const QString &error = {})
    {
        sync::SyncOutcome outcome;
        outcome.end = end;
        outcome.error = error;
        Q_EMIT finished(outcome);
    }
    QList<sync::SyncKind> started;
};

sync::SyncPolicy policy(int lightMs = kLightMs)
{
    sync::SyncPolicy p;
    p.retryFirstMs = 20;
    p.retryMaxMs = 10'000;
    p.dockedEveryMs = 3'600'000;
    p.lightEveryMs = lightMs;
    return p;
}

} // namespace

class SyncSchedulerTest : public QObject
{
    Q_OBJECT

private:
    test::ManualClock m_clock;

private Q_SLOTS:
    void offTheDockALightSyncRunsEveryIntervalAndAFailureIsNoError()
    {
        FakeDock dock(false);
        FakeRunner runner;
        sync::SyncScheduler machine(dock, m_clock, runner, policy());
        QCOMPARE(machine.state(), State::Undocked);
        QCOMPARE(machine.nextLightMs(), m_clock.nowMs() + kLightMs);
        QCOMPARE(machine.nextAttemptMs(), 0); // no full sync planned off the dock

        QTRY_COMPARE_WITH_TIMEOUT(runner.started.size(), 1, 5'000);
        QCOMPARE(runner.started.at(0), Kind::Light);
        QVERIFY(machine.lightRunning());
        QCOMPARE(machine.state(), State::Undocked); // in the background: the state stays
        QCOMPARE(machine.nextLightMs(), 0); // not while one runs

        // Off the unit's network: the central store does not answer. Nothing on show changes.
        QSignalSpy finished(&machine, &sync::SyncScheduler::finished);
        m_clock.advance(1'000);
        runner.finish(End::Failed, u"Connection refused"_s);
        QCOMPARE(finished.size(), 1); // screens still read again what a failed sync may have brought
        QCOMPARE(machine.state(), State::Undocked);
        QCOMPARE(machine.failuresInARow(), 0);
        QVERIFY(machine.lastOutcome().error.isEmpty());
        QCOMPARE(machine.nextLightMs(), m_clock.nowMs() + kLightMs); // counted from the end of the last one

        QTRY_COMPARE_WITH_TIMEOUT(runner.started.size(), 2, 5'000);
        QCOMPARE(runner.started.at(1), Kind::Light);
        runner.finish(End::Done);
        QCOMPARE(machine.state(), State::Undocked);
        QCOMPARE(machine.lastOutcome().end, End::Done); // a completed light sync is a completed sync

        // A full sync off the dock (synka nu, the night) still shows its failure, as before.
        QTRY_COMPARE_WITH_TIMEOUT(runner.started.size(), 3, 5'000);
        runner.finish(End::Done);
        machine.syncNow();
        QCOMPARE(runner.started.constLast(), Kind::Full);
        QCOMPARE(machine.state(), State::Syncing);
        runner.finish(End::Failed, u"Connection refused"_s);
        QCOMPARE(machine.state(), State::Undocked);
        QCOMPARE(machine.failuresInARow(), 1);
        QCOMPARE(machine.lastOutcome().error, u"Connection refused"_s);
    }

    void dockedLightSyncsRunBetweenTheFullOnesWithoutMovingThem()
    {
        FakeDock dock(true); // a kiosk on mains power is always docked
        FakeRunner runner;
        sync::SyncScheduler machine(dock, m_clock, runner, policy());
        machine.syncNow();
        QCOMPARE(runner.started, QList<Kind> { Kind::Full });
        runner.finish(End::Done);
        QCOMPARE(machine.state(), State::UpToDate);
        const qint64 nextFull = m_clock.nowMs() + 3'600'000;
        QCOMPARE(machine.nextAttemptMs(), nextFull);

        QTRY_COMPARE_WITH_TIMEOUT(runner.started.size(), 2, 5'000);
        QCOMPARE(runner.started.at(1), Kind::Light);
        QCOMPARE(machine.state(), State::UpToDate);
        m_clock.advance(2 * 60'000);
        runner.finish(End::Done);
        QCOMPARE(machine.state(), State::UpToDate);
        QCOMPARE(machine.nextAttemptMs(), nextFull); // the hourly full sync is not pushed away

        // Docked, the central store gone: a failed light sync is a failure like any other, retried with backoff
        // (full syncs), never later than the light interval.
        QTRY_COMPARE_WITH_TIMEOUT(runner.started.size(), 3, 5'000);
        runner.finish(End::Failed, u"Connection refused"_s);
        QCOMPARE(machine.state(), State::Retrying);
        QCOMPARE(machine.failuresInARow(), 1);
        QCOMPARE(machine.nextAttemptMs() - m_clock.nowMs(), 20);
        for (int failures = 2; failures <= 5; ++failures) {
            QTRY_COMPARE_WITH_TIMEOUT(runner.started.size(), failures + 2, 5'000);
            QCOMPARE(runner.started.constLast(), Kind::Full); // in Retrying the retries are full syncs
            runner.finish(End::Failed, u"Connection refused"_s);
            QCOMPARE(machine.nextAttemptMs() - m_clock.nowMs(), std::min(20 << (failures - 1), kLightMs));
        }
        QTRY_COMPARE_WITH_TIMEOUT(runner.started.size(), 8, 5'000);
        runner.finish(End::Done);
        QCOMPARE(machine.state(), State::UpToDate);
        QCOMPARE(machine.failuresInARow(), 0);
    }

    void synkaNuDuringALightSyncFollowsIt()
    {
        FakeDock dock(false);
        FakeRunner runner;
        sync::SyncScheduler machine(dock, m_clock, runner, policy());
        machine.syncLight(); // at start-up off the dock
        QCOMPARE(runner.started, QList<Kind> { Kind::Light });
        machine.syncLight(); // one at a time
        machine.syncNow();
        QCOMPARE(runner.started.size(), 1);
        runner.finish(End::Done);
        QCOMPARE(runner.started, (QList<Kind> { Kind::Light, Kind::Full }));
        QCOMPARE(machine.state(), State::Syncing);
        runner.finish(End::Done);
        QCOMPARE(machine.state(), State::Undocked);

        // Docking during a light sync: the full sync follows it.
        QTRY_COMPARE_WITH_TIMEOUT(runner.started.size(), 3, 5'000);
        dock.set(true);
        runner.finish(End::Done);
        QCOMPARE(runner.started.constLast(), Kind::Full);
        runner.finish(End::Done);
        QCOMPARE(machine.state(), State::UpToDate);
    }

    void lightSyncsOffRunNone()
    {
        FakeDock dock(false);
        FakeRunner runner;
        sync::SyncScheduler machine(dock, m_clock, runner, policy(0));
        QCOMPARE(machine.nextLightMs(), 0);
        QSignalSpy changed(&machine, &sync::SyncScheduler::changed);
        QVERIFY(!changed.wait(5 * kLightMs)); // bounded: nothing is planned that could start one
        QVERIFY(runner.started.isEmpty());
    }

    void aRevokedDeviceRunsNothingMore()
    {
        FakeDock dock(false);
        FakeRunner runner;
        sync::SyncScheduler machine(dock, m_clock, runner, policy());
        machine.syncLight();
        runner.finish(End::Revoked, u"the central store has revoked this device"_s);
        QCOMPARE(machine.state(), State::Revoked);
        QCOMPARE(machine.nextLightMs(), 0);
        machine.syncLight();
        machine.syncNow();
        QSignalSpy changed(&machine, &sync::SyncScheduler::changed);
        QVERIFY(!changed.wait(5 * kLightMs));
        QCOMPARE(runner.started.size(), 1);
    }
};

QTEST_GUILESS_MAIN(SyncSchedulerTest)
#include "syncschedulertest.moc"
