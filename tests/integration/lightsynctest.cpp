// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Every device of the unit sees the same day (issue 13), end to end: akten-central's HTTPS server in process on
// loopback (embedded store, mutual TLS, each device enrolled with a one-time code), two tablets off the dock and a
// kiosk (always "docked": it has no battery), each with the app's state machine, light syncs and sync thread.
// - A care worker signs an insats on tablet A through SigningService; A's next light sync takes it up and the kiosk's
//   next light sync brings it down: the kiosk's signing day shows it done within the light interval (plus the
//   time a sync takes), and its freshness calls an unsigned occurrence that closed earlier a certain miss.
// - The central store stops: the tablets' failed light syncs are no error, the kiosk's retries are; once two light
//   intervals have passed (the wall clock is the test's) the kiosk says its data is stale and the same unsigned
//   occurrence is "ej signerad här" with the time of its last update, not a certain miss.
#include "tests/support/demopair.h"
#include "tests/support/loopbackcentral.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/models/boardmodel.h"
#include "app/models/signingservice.h"
#include "app/models/syncstatusmodel.h"
#include "app/store/masterdatarepository.h"
#include "app/store/signingday.h"
#include "app/store/syncstaterepository.h"
#include "platform/dock/docksignal.h"
#include "sync/client/centralclient.h"
#include "sync/client/devicesync.h"
#include "sync/client/syncscheduler.h"
#include "sync/client/threadedsyncrunner.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;
using State = sync::SyncScheduler::State;

namespace {

constexpr int kLightMs = 1'500; ///< the light interval, real time for the timers and wall time for freshness
constexpr int kSyncSlackMs = 15'000; ///< how long one light sync may take on a busy machine

class FixedDock final : public platform::DockSignal
{
public:
    explicit FixedDock(bool docked)
        : m_docked(docked)
    { }
    [[nodiscard]] bool docked() const override { return m_docked; }

private:
    bool m_docked;
};

/** One enrolled device as the app runs it: its UI connection, its sync thread and its state machine. */
struct Device
{
    QString dir;
    store::KeyProvider *keys = nullptr;
    store::DeviceStore *store = nullptr; ///< the UI thread's connection
    std::unique_ptr<FixedDock> dock;
    std::unique_ptr<sync::ThreadedSyncRunner> runner;
    std::unique_ptr<sync::SyncScheduler> scheduler;
};

} // namespace

class LightSyncTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair; ///< tablet A (the demo unit's history) and tablet B
    test::TestKeyProvider m_kioskKeys;
    std::optional<store::DeviceStore> m_kioskStore;
    test::LoopbackCentral m_central { m_pair.clock };
    Device m_a;
    Device m_b;
    Device m_kiosk;
    core::Id m_unit;
    store::DayOccurrence m_toSign; ///< due now on the unit: tablet A signs it
    store::DayOccurrence m_missed; ///< its window closed with no signature: nobody signs it

    /** As in the app (shell/docksync.cpp): a sync thread with its own store connection and client, light batches. */
    void startDevice(Device &device, bool docked)
    {
        auto credentials = sync::DeviceCredentials::load(device.dir, *device.keys);
        QVERIFY2(credentials, credentials ? "" : qPrintable(credentials.error().message));
        device.runner = std::make_unique<sync::ThreadedSyncRunner>(
            [this, dir = device.dir, keys = device.keys,
                tls = credentials.value().tlsConfiguration()]() -> Result<sync::SessionFactory> {
                auto opened = store::DeviceStore::open(dir, *keys, m_pair.clock);
                if (!opened) {
                    return opened.error();
                }
                auto store = std::make_shared<store::DeviceStore>(std::move(opened).value());
                auto client = std::make_shared<sync::CentralClient>(tls);
                client->setTimeoutMs(10'000);
                return sync::SessionFactory([this, store, client](sync::SyncKind kind) {
                    auto session = std::make_unique<sync::SyncSession>(*store, m_pair.clock, *client, m_central.url());
                    session->setBatchSizes(kind == sync::SyncKind::Light ? 50 : 200, 200);
                    return session;
                });
            });
        device.dock = std::make_unique<FixedDock>(docked);
        sync::SyncPolicy policy;
        policy.retryFirstMs = 200;
        policy.lightEveryMs = kLightMs;
        device.scheduler = std::make_unique<sync::SyncScheduler>(*device.dock, m_pair.clock, *device.runner, policy);
    }

    /** Waits for the device's next sync that ends Done, starting it now (a full one) if `now`. */
    void syncDone(Device &device, bool now)
    {
        QSignalSpy finished(device.scheduler.get(), &sync::SyncScheduler::finished);
        if (now) {
            device.scheduler->syncNow();
        }
        const auto done = [&] {
            for (const auto &args : finished) {
                if (args.at(0).value<sync::SyncOutcome>().end == sync::SyncOutcome::End::Done) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(done(), 120'000);
    }

    /** The state of `which` on a device, read as a board would: the unit's residents, its window, now. */
    core::OccurrenceState stateOn(store::DeviceStore &store, const store::DayOccurrence &which)
    {
        store::MasterDataRepository master(store.db());
        core::SigningWindow window;
        for (const core::Unit &unit : master.units().value()) {
            window = unit.id == m_unit ? unit.signingWindow : window;
        }
        const auto day = store::SigningDayReader(store.db())
                             .read(master.residents(m_unit).value(), { { m_unit, window } }, which.occurrence.day,
                                 m_pair.clock.nowMs());
        for (const auto &item : day.value()) {
            if (item.occurrence.residentId == which.occurrence.residentId
                && item.occurrence.activityId == which.occurrence.activityId
                && item.occurrence.plannedMs == which.occurrence.plannedMs) {
                return item.status.state;
            }
        }
        return core::OccurrenceState::Upcoming; // not there at all
    }

    /**
     * What the unit board on the kiosk (the real BoardModel, as the unit's manager sees it: the idle board leaves out
     * protected identities, and the demo's first due resident may be one) says of `which`.
     */
    QString boardSays(SyncFreshness *freshness, const store::DayOccurrence &which)
    {
        store::MasterDataRepository master(m_kioskStore->db());
        auth::AccessAudit audit(*m_kioskStore);
        BoardModel board(m_kioskStore->db(), master, audit, m_pair.clock);
        board.setFreshness(freshness);
        for (const core::Staff &staff : m_pair.data.staff) {
            if (staff.role == core::StaffRole::UnitManager && staff.unitIds.contains(m_unit)) {
                board.setViewer(auth::sessionUserOf(staff));
            }
        }
        if (!board.open()) {
            return {};
        }
        const QString time = which.occurrence.time.toString(u"HH:mm"_s);
        for (int row = 0; row < board.rowCount(); ++row) {
            const QModelIndex index = board.index(row);
            if (index.data(BoardModel::KeyRole).toString() != core::idToString(which.occurrence.residentId)) {
                continue;
            }
            for (const QVariant &item : index.data(BoardModel::ItemsRole).toList()) {
                const QVariantMap chip = item.toMap();
                if (chip.value(u"time"_s).toString() == time
                    && chip.value(u"description"_s).toString() == which.occurrence.description) {
                    return chip.value(u"status"_s).toString();
                }
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        // The afternoon of the demo's day: the morning is signed, the noon round missed, the 14:30 one due.
        m_pair.clock.set(core::careInstantMs(QDate(2026, 11, 20), QTime(14, 10)));
        m_unit = m_pair.data.units.at(0).id;

        // Tablet A's view of its unit now: one occurrence due (to sign), one missed (to leave).
        store::MasterDataRepository master(m_pair.a->db());
        auth::AccessAudit audit(*m_pair.a);
        SigningService probe(*m_pair.a, master, audit, m_pair.clock);
        const auto day = store::SigningDayReader(m_pair.a->db())
                             .read(master.residents(m_unit).value(), { { m_unit, probe.windowOf(m_unit) } },
                                 QDate(2026, 11, 20), m_pair.clock.nowMs());
        QVERIFY(day);
        for (const auto &item : day.value()) {
            const auto state = item.status.state;
            if (m_toSign.occurrence.residentId.isNull()
                && (state == core::OccurrenceState::Due || state == core::OccurrenceState::Overdue)) {
                m_toSign = item;
            } else if (m_missed.occurrence.residentId.isNull() && state == core::OccurrenceState::Missed) {
                m_missed = item;
            }
        }
        QVERIFY2(!m_toSign.occurrence.residentId.isNull(), "the demo day has nothing due at 14:10");
        QVERIFY2(!m_missed.occurrence.residentId.isNull(), "the demo day has nothing missed at 14:10");

        // akten-central on loopback; the devices enrolled with one-time codes.
        const auto created = m_central.create(m_pair.tmp.filePath(u"central"_s), *m_pair.a);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        auto kiosk = store::DeviceStore::create(m_pair.tmp.filePath(u"kiosk"_s), m_kioskKeys, m_pair.clock);
        QVERIFY(kiosk);
        m_kioskStore.emplace(std::move(kiosk).value());
        m_a = { m_pair.tmp.filePath(u"a"_s), &m_pair.keysA, &*m_pair.a, {}, {}, {} };
        m_b = { m_pair.tmp.filePath(u"b"_s), &m_pair.keysB, &*m_pair.b, {}, {}, {} };
        m_kiosk = { m_pair.tmp.filePath(u"kiosk"_s), &m_kioskKeys, &*m_kioskStore, {}, {}, {} };
        for (Device *device : { &m_a, &m_b, &m_kiosk }) {
            const auto enrolled = m_central.enrol(device->dir, device->store->deviceId(), *device->keys,
                { m_pair.data.units.at(0).id, m_pair.data.units.at(1).id });
            QVERIFY2(enrolled, enrolled ? "" : qPrintable(enrolled.error().message));
        }
        QVERIFY(m_central.startSync());

        startDevice(m_a, false);
        startDevice(m_b, false);
        startDevice(m_kiosk, true);
        // A brings the unit's history up (a full sync, as in its dock); then everyone is current.
        syncDone(m_a, true);
        syncDone(m_b, true);
        syncDone(m_kiosk, true);
        QCOMPARE(stateOn(*m_kioskStore, m_missed), core::OccurrenceState::Missed);
        QCOMPARE(stateOn(*m_kioskStore, m_toSign), m_toSign.status.state);
    }

    void aSignatureOnATabletIsOnTheKioskWithinTheInterval()
    {
        m_pair.clock.advance(60'000); // 14:11
        store::MasterDataRepository master(m_pair.a->db());
        auth::AccessAudit audit(*m_pair.a);
        SigningService signing(*m_pair.a, master, audit, m_pair.clock);
        const auto carer = std::find_if(m_pair.data.staff.cbegin(), m_pair.data.staff.cend(), [&](const auto &s) {
            return s.active && s.role == core::StaffRole::CareStaff && s.unitIds.contains(m_unit);
        });
        QVERIFY(carer != m_pair.data.staff.cend());
        const core::Occurrence &o = m_toSign.occurrence;
        const auto signedNow = signing.sign(
            auth::sessionUserOf(*carer), { { o.residentId, o.planRevisionId, o.activityId, o.day, o.plannedMs } });
        QVERIFY2(signedNow, qPrintable(signedNow.logMessage));
        QCOMPARE(stateOn(*m_pair.a, m_toSign), core::OccurrenceState::Done);

        // A's next light sync takes it up (off the dock: a light sync every interval) …
        const auto pendingOnA = [&] { return sync::DeviceSync(*m_pair.a, m_pair.clock).pendingUploads().value(); };
        QVERIFY(pendingOnA() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(pendingOnA(), 0, kLightMs + kSyncSlackMs);
        QSignalSpy kioskSyncs(m_kiosk.scheduler.get(), &sync::SyncScheduler::finished);
        QElapsedTimer sinceUp;
        sinceUp.start();
        // … and the kiosk's next light sync brings it down: the board shows it done.
        QTRY_COMPARE_WITH_TIMEOUT(
            stateOn(*m_kioskStore, m_toSign), core::OccurrenceState::Done, kLightMs + kSyncSlackMs);
        qInfo("on the kiosk %lld ms after tablet A's light sync (light interval %d ms)", sinceUp.elapsed(), kLightMs);
        QVERIFY(kioskSyncs.size() <= 1); // the kiosk's sync under way then, if any, or its next light sync brought it
        QTRY_COMPARE_WITH_TIMEOUT(stateOn(*m_pair.b, m_toSign), core::OccurrenceState::Done, kLightMs + kSyncSlackMs);

        // The kiosk is current, and so is what it knows of both tablets: the noon miss is certain.
        syncDone(m_b, false); // B's light sync after A's: both tablets caught up at 14:11
        syncDone(m_kiosk, false);
        test::ManualMonotonicClock monotonic;
        SyncStatusModel status(m_kioskStore->db(), m_pair.clock, monotonic, m_kiosk.scheduler.get(), { 7 });
        SyncFreshness *freshness = status.freshness();
        QCOMPARE(freshness->lastContactText(), u"Uppdaterad 14:11"_s);
        QVERIFY(!freshness->stale());
        QVERIFY(freshness->missedIsCertain(m_missed.occurrence.closesMs, m_unit));
        QCOMPARE(stateOn(*m_kioskStore, m_missed), core::OccurrenceState::Missed);
        // On the kiosk's idle board: the one signed on tablet A is done, the noon round certainly missed.
        QVERIFY2(
            boardSays(freshness, m_toSign).startsWith(u"Utförd 14:1"_s), qPrintable(boardSays(freshness, m_toSign)));
        QCOMPARE(boardSays(freshness, m_missed), u"Missad"_s);
        // What the central store said of the tablets, kept on the kiosk: both had sent everything at 14:11.
        int tablets = 0;
        for (const auto &peer : store::SyncStateRepository(m_kioskStore->db()).peers().value()) {
            if (peer.unitId == core::idToString(m_unit)) {
                QVERIFY(peer.deviceId == m_pair.a->deviceId() || peer.deviceId == m_pair.b->deviceId());
                QCOMPARE(peer.knownThroughMs, m_pair.clock.nowMs());
                ++tablets;
            }
        }
        QCOMPARE(tablets, 2);
    }

    void withTheCentralStoreStoppedTheKioskSaysItsDataIsStale()
    {
        QSignalSpy tabletFinished(m_b.scheduler.get(), &sync::SyncScheduler::finished);
        m_central.stopSync();
        // Off the dock a failed light sync is no error (the tablet is off the unit's network, as far as it knows) …
        const auto failed = [&] {
            for (const auto &args : tabletFinished) {
                if (args.at(0).value<sync::SyncOutcome>().end == sync::SyncOutcome::End::Failed) {
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(failed(), kLightMs + kSyncSlackMs);
        QCOMPARE(m_b.scheduler->state(), State::Undocked);
        QCOMPARE(m_b.scheduler->failuresInARow(), 0);
        // … the kiosk's is, and it retries.
        QTRY_COMPARE_WITH_TIMEOUT(m_kiosk.scheduler->state(), State::Retrying, kLightMs + kSyncSlackMs);
        QVERIFY(!m_kiosk.scheduler->lastOutcome().error.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_kiosk.scheduler->lightRunning() && m_kiosk.scheduler->state() != State::Syncing,
            kSyncSlackMs); // no sync that began before the stop can still complete

        const qint64 lastContact = m_pair.clock.nowMs(); // 14:11, the kiosk's last completed sync
        test::ManualMonotonicClock monotonic;
        SyncStatusModel status(m_kioskStore->db(), m_pair.clock, monotonic, m_kiosk.scheduler.get(), { 7 });
        SyncFreshness *freshness = status.freshness();
        m_pair.clock.advance(2 * kLightMs); // two light intervals: not yet stale
        status.refresh();
        QVERIFY(!freshness->stale());
        m_pair.clock.advance(1);
        status.refresh();
        QVERIFY(freshness->stale());
        QVERIFY(!freshness->staleText().isEmpty());
        QCOMPARE(freshness->lastContactText(), u"Uppdaterad 14:11"_s);
        // The board's "missed" for the noon round is now only "ej signerad här", with the time of its knowledge.
        QVERIFY(!freshness->missedIsCertain(m_missed.occurrence.closesMs, m_unit));
        QCOMPARE(freshness->notSignedHereText(m_unit), u"Ej signerad här (uppdaterad 14:11)"_s);
        QCOMPARE(stateOn(*m_kioskStore, m_missed), core::OccurrenceState::Missed);
        QCOMPARE(boardSays(freshness, m_missed), u"Ej signerad här (uppdaterad 14:11)"_s);
        QCOMPARE(freshness->freshness()->lastContactMs(), lastContact);
    }

    void cleanupTestCase()
    {
        for (Device *device : { &m_kiosk, &m_b, &m_a }) {
            device->scheduler.reset(); // before the runner it uses; the runner stops its thread
            device->runner.reset();
        }
    }
};

QTEST_GUILESS_MAIN(LightSyncTest)
#include "lightsynctest.moc"
