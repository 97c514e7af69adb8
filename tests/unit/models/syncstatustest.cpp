// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The offline lease as the status model keeps it, on a demo store: the time Akten runs is counted in the store about
// once a minute, so setting the tablet's clock back every day does not keep the personal data open; the count
// survives a restart and a completed sync starts it again. A tablet that does not sync counts nothing. The state is
// an enum with its Swedish words; the refused records are a list model that a refresh without news leaves alone.
// Freshness for the board: "Uppdaterad 10:42", stale after two light intervals without contact, and a miss is
// certain only if every other device of the unit had sent all it wrote up to the occurrence's close.
#include "tests/support/demostore.h"
#include "tests/support/manualclock.h"

#include "app/core/caretime.h"
#include "app/models/syncstatusmodel.h"
#include "app/store/syncstaterepository.h"
#include "app/store/transaction.h"
#include "platform/dock/docksignal.h"
#include "sync/client/syncrunner.h"
#include "sync/client/syncscheduler.h"
#include "sync/client/syncsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kDay = sync::OfflineLease::kDayMs;

class OffTheDock final : public platform::DockSignal
{
public:
    [[nodiscard]] bool docked() const override { return false; }
};

/** A runner that never gets to run (the tests end before the first light interval). */
class IdleRunner final : public sync::SyncRunner
{
public:
    void start(sync::SyncKind) override { }
};

/** A runner whose every session ends at once with a set outcome. */
class EndingRunner final : public sync::SyncRunner
{
public:
    sync::SyncOutcome outcome;
    void start(sync::SyncKind) override { Q_EMIT finished(outcome); }
};

} // namespace

class SyncStatusTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    OffTheDock m_dock;
    std::unique_ptr<sync::SessionRunner> m_runner;
    std::unique_ptr<sync::SyncScheduler> m_scheduler;

    void completeSync()
    {
        store::Transaction tx(m_demo.store->db());
        QVERIFY(tx.start());
        QVERIFY(store::SyncStateRepository(m_demo.store->db()).setLastCompletedMs(m_demo.clock.nowMs()));
        QVERIFY(tx.commit());
    }
    qint64 storedRunningMs() { return store::SyncStateRepository(m_demo.store->db()).runningMsSinceSync().value(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        // Off the dock and with light syncs off, the scheduler never starts a session.
        m_runner = std::make_unique<sync::SessionRunner>(
            [](sync::SyncKind) { return std::unique_ptr<sync::SyncSession>(); });
        sync::SyncPolicy policy;
        policy.lightEveryMs = 0;
        m_scheduler = std::make_unique<sync::SyncScheduler>(m_dock, m_demo.clock, *m_runner, policy);
    }

    void runningTimeIsCountedAboutOnceAMinute()
    {
        completeSync();
        test::ManualMonotonicClock monotonic;
        SyncStatusModel model(m_demo.store->db(), m_demo.clock, monotonic, m_scheduler.get(), { 7 });
        monotonic.advance(30'000);
        model.refresh();
        QCOMPARE(storedRunningMs(), 0); // less than a minute: not written yet
        monotonic.advance(31'000);
        model.refresh();
        QCOMPARE(storedRunningMs(), 61'000);
        model.refresh();
        QCOMPARE(storedRunningMs(), 61'000); // counted once

        SyncStatusModel notSyncing(m_demo.store->db(), m_demo.clock, monotonic, nullptr, { 7 });
        monotonic.advance(kDay);
        notSyncing.refresh();
        QCOMPARE(storedRunningMs(), 61'000);
        QVERIFY(!notSyncing.leaseLocked());
    }

    void settingTheClockBackDoesNotExtendTheLease()
    {
        completeSync();
        QCOMPARE(storedRunningMs(), 0);
        test::ManualMonotonicClock monotonic;
        SyncStatusModel model(m_demo.store->db(), m_demo.clock, monotonic, m_scheduler.get(), { 7 });
        QVERIFY(!model.leaseLocked());
        // Every evening someone sets the clock back to the day of the last sync; the tablet is used all day.
        const qint64 syncedAt = m_demo.clock.nowMs();
        for (int day = 1; day < 7; ++day) {
            for (int hour = 0; hour < 24; ++hour) {
                monotonic.advance(kDay / 24);
                m_demo.clock.advance(kDay / 24);
                model.refresh();
            }
            m_demo.clock.set(syncedAt);
            QVERIFY2(!model.leaseLocked(), qPrintable(u"day %1"_s.arg(day)));
        }
        QCOMPARE(storedRunningMs(), 6 * kDay);
        QVERIFY(model.leaseText().startsWith(u"Måste synkas senast"_s));
        monotonic.advance(kDay);
        model.refresh();
        QVERIFY(model.leaseLocked());
        QVERIFY(model.leaseText().contains(u"7 dagar"_s));

        test::ManualMonotonicClock afterRestart; // the app started again: the count is in the store
        SyncStatusModel restarted(m_demo.store->db(), m_demo.clock, afterRestart, m_scheduler.get(), { 7 });
        QVERIFY(restarted.leaseLocked());

        completeSync(); // a completed sync starts both counts again
        model.refresh();
        QVERIFY(!model.leaseLocked());
        QCOMPARE(storedRunningMs(), 0);
    }

    void stateIsAnEnumWithItsWords()
    {
        test::ManualMonotonicClock monotonic;
        SyncStatusModel notSyncing(m_demo.store->db(), m_demo.clock, monotonic, nullptr, { 7 });
        QCOMPARE(notSyncing.state(), SyncStatusModel::Off);
        QCOMPARE(notSyncing.stateLabel(), u"Av"_s);
        SyncStatusModel model(m_demo.store->db(), m_demo.clock, monotonic, m_scheduler.get(), { 7 });
        QCOMPARE(model.state(), SyncStatusModel::Undocked); // off the dock
        QCOMPARE(model.stateLabel(), u"Inte dockad"_s);
        QVERIFY(model.stateText().startsWith(u"Inte dockad."_s));
    }

    void freshnessTellsTheBoardWhatIsCertain()
    {
        IdleRunner runner;
        sync::SyncPolicy policy;
        policy.lightEveryMs = 2 * 60'000;
        sync::SyncScheduler scheduler(m_dock, m_demo.clock, runner, policy);
        const QDate day(2026, 3, 10);
        const auto at = [&](int hour, int minute) { return core::careInstantMs(day, QTime(hour, minute)); };
        const core::Id unit1 = m_demo.data.units.at(0).id;
        const core::Id unit2 = m_demo.data.units.at(1).id;
        m_demo.clock.set(at(10, 42));
        completeSync(); // the last contact: 10:42
        {
            store::Transaction tx(m_demo.store->db());
            QVERIFY(tx.start());
            QVERIFY(
                store::SyncStateRepository(m_demo.store->db())
                    .replacePeers({ { u"019b76da-a800-7046-a966-7336af9dfd01"_s, core::idToString(unit1), at(10, 40) },
                        { u"019b76da-a800-7046-a966-7336af9dfd02"_s, core::idToString(unit2), at(9, 0) } }));
            QVERIFY(tx.commit());
        }
        test::ManualMonotonicClock monotonic;
        SyncStatusModel model(m_demo.store->db(), m_demo.clock, monotonic, &scheduler, { 7 });
        SyncFreshness *freshness = model.freshness();
        QCOMPARE(freshness->lastContactText(), u"Uppdaterad 10:42"_s);
        QVERIFY(!freshness->stale());
        QVERIFY(freshness->staleText().isEmpty());
        // Unit 1's other tablet had sent everything up to 10:40: an occurrence that closed before is certainly
        // missed; one that closed after may have been signed there.
        QVERIFY(freshness->missedIsCertain(at(10, 30), unit1));
        QVERIFY(freshness->missedIsCertain(at(10, 40), unit1));
        QVERIFY(!freshness->missedIsCertain(at(10, 41), unit1));
        QCOMPARE(freshness->notSignedHereText(unit1), u"Ej signerad här (uppdaterad 10:40)"_s);
        QVERIFY(freshness->missedIsCertain(at(8, 30), unit2));
        QVERIFY(!freshness->missedIsCertain(at(9, 30), unit2));
        QVERIFY(!freshness->missedIsCertain(at(9, 30))); // any unit: the least current device counts
        QCOMPARE(freshness->notSignedHereText(), u"Ej signerad här (uppdaterad 09:00)"_s);

        // No contact for two light intervals: stale, and nothing is certain any more (a late signature elsewhere).
        QSignalSpy changed(freshness, &SyncFreshness::changed);
        m_demo.clock.advance(4 * 60'000);
        model.refresh();
        QVERIFY(!changed.isEmpty());
        QVERIFY(!freshness->stale());
        m_demo.clock.advance(60'000);
        model.refresh();
        QVERIFY(freshness->stale());
        QVERIFY(!freshness->staleText().isEmpty());
        QVERIFY(!freshness->missedIsCertain(at(8, 30), unit2));
        QCOMPARE(freshness->lastContactText(), u"Uppdaterad 10:42"_s);
        m_demo.clock.set(at(10, 42) + sync::OfflineLease::kDayMs);
        QCOMPARE(freshness->lastContactText(), u"Uppdaterad i går 10:42"_s);

        // A device that does not sync knows of no other device: its misses are certain, and it says nothing.
        SyncStatusModel alone(m_demo.store->db(), m_demo.clock, monotonic, nullptr, { 7 });
        QVERIFY(alone.freshness()->lastContactText().isEmpty());
        QVERIFY(!alone.freshness()->stale());
        QVERIFY(alone.freshness()->missedIsCertain(at(10, 41), unit1));
        QVERIFY(store::SyncStateRepository(m_demo.store->db()).replacePeers({}));
    }

    void aBrokenAuditChainAndHeldUploadsAreSaid()
    {
        test::ManualMonotonicClock monotonic;
        EndingRunner runner;
        sync::SyncPolicy policy;
        policy.lightEveryMs = 0;
        sync::SyncScheduler scheduler(m_dock, m_demo.clock, runner, policy);
        SyncStatusModel model(m_demo.store->db(), m_demo.clock, monotonic, &scheduler, { 7 });
        runner.outcome.error = u"audit chain broken, nothing uploaded: audit chain broken on device x at seq 3"_s;
        runner.outcome.auditChainBroken = true;
        scheduler.syncNow();
        QCOMPARE(model.errorText(),
            u"Loggkedjan på surfplattan är bruten, så inget skickas till centralen. Kontakta SAS eller "
            "IT-supporten."_s);
        runner.outcome.auditChainBroken = false;
        runner.outcome.error = u"central store answered 403: %1"_s.arg(QLatin1String(sync::kUploadsHeld));
        scheduler.syncNow();
        QCOMPARE(model.errorText(),
            u"Centralen tar inte emot något från surfplattan förrän enhetschefen eller SAS har granskat ett larm om "
            "ändrad logg."_s);
    }

    void refusedRecordsAreAListModel()
    {
        test::ManualMonotonicClock monotonic;
        SyncStatusModel model(m_demo.store->db(), m_demo.clock, monotonic, m_scheduler.get(), { 7 });
        RejectedRecordListModel *rejected = model.rejected();
        QAbstractItemModelTester tester(rejected, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(rejected->empty());
        QVERIFY(store::SyncStateRepository(m_demo.store->db())
                    .addRejected(1, u"author is not active staff of the unit"_s, m_demo.clock.nowMs()));
        QSignalSpy resets(rejected, &QAbstractItemModel::modelReset);
        model.refresh();
        QCOMPARE(rejected->count(), 1);
        QCOMPARE(resets.size(), 1);
        const QModelIndex first = rejected->index(0);
        QVERIFY(!first.data(RejectedRecordListModel::KindRole).toString().isEmpty());
        QCOMPARE(first.data(RejectedRecordListModel::ReasonRole).toString(),
            u"Den som skrev är inte längre aktiv personal på enheten."_s);
        QVERIFY(first.data(RejectedRecordListModel::WhenRole).toString().startsWith(u"i dag "_s));
        model.refresh(); // nothing new: the list is left alone (its scroll position too)
        QCOMPARE(resets.size(), 1);
    }
};

QTEST_GUILESS_MAIN(SyncStatusTest)
#include "syncstatustest.moc"
