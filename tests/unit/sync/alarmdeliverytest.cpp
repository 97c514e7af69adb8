// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Issue 16: a tamper alarm reaches the unit manager's tablet. Against the embedded backend and (alarmdeliverytest_pg)
// a real PostgreSQL server: an audit event altered on one tablet raises the alarm centrally; a second tablet of the
// same unit, after a download through the codec, has it in its store with the flagged count, and its Loggkontroll
// shows it to the unit manager, not to care staff; once a manager releases the device, the next download shows it
// decided. The tablet is told a category, never the central reason.
#include "tests/support/auditwrite.h"
#include "tests/support/centralfixture.h"
#include "tests/support/codecsync.h"
#include "tests/support/demopair.h"

#include "app/auth/accessaudit.h"
#include "app/models/logcontrolmodel.h"
#include "app/store/auditlog.h"
#include "app/store/integrityrepository.h"
#include "sync/client/devicesync.h"
#include "sync/server/centralservice.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <list>

using namespace akten;
using namespace Qt::StringLiterals;

class AlarmDeliveryTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::TestKeyProvider m_centralKeys;
    std::unique_ptr<sync::CentralService> m_central;
    core::Id m_bjorkgarden;
    std::list<test::TestKeyProvider> m_keys;
    std::list<store::DeviceStore> m_tablets;

    store::DeviceStore *freshTablet()
    {
        m_keys.emplace_back();
        auto created = store::DeviceStore::create(
            m_pair.tmp.filePath(u"tablet%1"_s.arg(m_tablets.size())), m_keys.back(), m_pair.clock);
        if (!created || !m_central->enrolDevice(created.value().deviceId(), { m_bjorkgarden })) {
            return nullptr;
        }
        m_tablets.push_back(std::move(created).value());
        return &m_tablets.back();
    }

    const core::Staff &staffNamed(const QString &first)
    {
        return *std::find_if(m_pair.data.staff.cbegin(), m_pair.data.staff.cend(),
            [&](const core::Staff &s) { return s.firstName == first; });
    }

    bool writeEvents(store::DeviceStore &tablet, const core::Staff &author, int count)
    {
        for (int i = 0; i < count; ++i) {
            core::AuditEvent event;
            event.meta = tablet.stamper().stamp(author.id);
            event.staffRole = u"care_staff"_s;
            event.unitId = m_bjorkgarden;
            event.action = u"view.residents"_s;
            if (!test::appendAudit(tablet.db(), event)) {
                return false;
            }
        }
        return true;
    }

    Result<sync::UploadResponse> uploadOnce(store::DeviceStore &tablet)
    {
        return test::uploadThroughCodec(tablet, *m_central, m_pair.clock);
    }

    Status downloadAll(store::DeviceStore &tablet)
    {
        return test::downloadThroughCodec(tablet, *m_central, m_pair.clock);
    }

    static bool alter(store::DeviceStore &tablet, qint64 seq)
    {
        return test::alterAuditEvent(tablet.db(), tablet.deviceId(), seq, u"detail = 'changed afterwards'"_s);
    }

    auth::SessionUser viewer(core::StaffRole role) const
    {
        return { core::Id::createUuid(), u"Viewer"_s, {}, role, { m_bjorkgarden } };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        qInfo("central backend: %s", test::usingPostgres() ? "PostgreSQL" : "embedded SQLCipher");
        auto ledger = test::freshCentralLedger(m_pair.tmp.filePath(u"central"_s), m_centralKeys);
        QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().message));
        m_central = std::make_unique<sync::CentralService>(std::move(ledger).value(), m_pair.clock);
        m_bjorkgarden = m_pair.data.units.at(0).id;
        sync::RightsSnapshot rights;
        for (const auto &unit : m_pair.data.units) {
            rights.units << unit.id;
        }
        for (const auto &staff : m_pair.data.staff) {
            rights.staff.append({ staff.id, staff.active && staff.firstName != "Anna"_L1, staff.unitIds });
        }
        QVERIFY(m_central->setRights(rights));
    }

    void alarmReachesTheUnitManagerAndThenItsDecision()
    {
        store::DeviceStore *altering = freshTablet();
        store::DeviceStore *manager = freshTablet();
        QVERIFY(altering && manager);
        // Anna is not active staff now: her events are stored and flagged.
        QVERIFY(writeEvents(*altering, staffNamed(u"Anna"_s), 2));
        QVERIFY(writeEvents(*altering, staffNamed(u"Helena"_s), 3));
        QVERIFY(uploadOnce(*altering));
        QVERIFY(writeEvents(*altering, staffNamed(u"Helena"_s), 3));
        const qint64 head = store::AuditLog(altering->db()).events().value().size();
        QVERIFY(alter(*altering, head - 1));
        QVERIFY(uploadOnce(*altering));
        QCOMPARE(m_central->alarmsFor(altering->deviceId()).value().size(), 1);

        QVERIFY(downloadAll(*manager));
        store::IntegrityRepository integrity(manager->db());
        auto devices = integrity.devices().value();
        QCOMPARE(devices.size(), 1);
        QCOMPARE(devices.constFirst().deviceId, altering->deviceId());
        QCOMPARE(devices.constFirst().flaggedEvents, 2);
        QCOMPARE(devices.constFirst().alarms.size(), 1);
        QCOMPARE(devices.constFirst().alarms.constFirst().category, u"content_altered"_s);
        QVERIFY(devices.constFirst().alarms.constFirst().decision.isEmpty());
        QCOMPARE(integrity.heardMs().value(), m_pair.clock.nowMs());

        auth::AccessAudit audit(*manager);
        LogControlModel log(manager->db(), audit, m_pair.tmp.filePath(u"exports"_s));
        log.setNowMs(m_pair.clock.nowMs());
        DeviceAlarmListModel *alarms = log.alarms();
        QAbstractItemModelTester tester(alarms, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setViewer(viewer(core::StaffRole::CareStaff));
        QCOMPARE(alarms->rowCount(), 0);
        QCOMPARE(alarms->flaggedEvents(), 0);
        log.setViewer(viewer(core::StaffRole::UnitManager));
        QCOMPARE(alarms->rowCount(), 1);
        QCOMPARE(alarms->openCount(), 1);
        QCOMPARE(alarms->flaggedEvents(), 2);
        const QModelIndex alarm = alarms->index(0);
        QVERIFY(alarm.data(DeviceAlarmListModel::OpenRole).toBool());
        QCOMPARE(alarm.data(DeviceAlarmListModel::DeviceRole).toString(), altering->deviceId());
        QCOMPARE(alarm.data(DeviceAlarmListModel::TitleRole).toString(),
            u"Larm: loggen från surfplatta %1 har ändrats"_s.arg(altering->deviceId().right(8)));
        QVERIFY(alarm.data(DeviceAlarmListModel::AdviceRole).toString().startsWith(u"Kontakta SAS."_s));
        QVERIFY(alarms->heardText().startsWith(u"Senast hämtat"_s));
        // A manager of another unit sees nothing of this unit's devices.
        auth::SessionUser elsewhere = viewer(core::StaffRole::UnitManager);
        elsewhere.unitIds = { m_pair.data.units.at(1).id };
        log.setViewer(elsewhere);
        QCOMPARE(alarms->rowCount(), 0);

        QCOMPARE(m_central->decideAlarms(altering->deviceId(), sync::AlarmDecision::Release).value(), 1);
        m_pair.clock.advance(60'000);
        QVERIFY(downloadAll(*manager));
        devices = integrity.devices().value();
        QCOMPARE(devices.constFirst().alarms.constFirst().decision, u"release"_s);
        QVERIFY(devices.constFirst().alarms.constFirst().decidedMs > 0);
        log.setViewer(viewer(core::StaffRole::UnitManager));
        QCOMPARE(alarms->rowCount(), 1);
        QCOMPARE(alarms->openCount(), 0);
        QVERIFY(!alarms->index(0).data(DeviceAlarmListModel::OpenRole).toBool());
        QVERIFY(alarms->index(0).data(DeviceAlarmListModel::DecisionRole).toString().contains(u"tas emot igen"_s));
    }
};

QTEST_GUILESS_MAIN(AlarmDeliveryTest)
#include "alarmdeliverytest.moc"
