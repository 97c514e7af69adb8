// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Access to residents' data through the models QML sees: every screen and section writes an audit event before it
// shows anything; staff see only their units; protected identities open only with a reason; no audit, no data.
#include "tests/support/demostore.h"
#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "tests/support/switchableaudit.h"

#include "app/auth/accessaudit.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/models/modelsupport.h"
#include "app/models/recordcontroller.h"
#include "app/models/residentlistmodel.h"
#include "app/store/auditlog.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

using test::SwitchableAudit;

class RecordAccessTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::optional<store::DeviceStore> &m_store = m_demo.store;
    std::optional<core::IbicCatalogue> &m_catalogue = m_demo.catalogue;
    std::unique_ptr<SwitchableAudit> m_audit;
    demo::DemoData &m_data = m_demo.data;
    auth::SessionUser m_anna; ///< care staff in Björkgården only

    QList<core::AuditEvent> eventsSince(qint64 seq, const core::Id &resident = {})
    {
        QList<core::AuditEvent> found;
        for (const auto &e : store::AuditLog(m_store->db()).events().value()) {
            if (e.seq > seq && (resident.isNull() || e.residentId == resident)) {
                found << e;
            }
        }
        return found;
    }
    qint64 lastSeq() { return store::AuditLog(m_store->db()).events().value().constLast().seq; }

    const core::Resident &residentWhere(const std::function<bool(const core::Resident &)> &wanted)
    {
        return *std::find_if(m_data.residents.cbegin(), m_data.residents.cend(), wanted);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<SwitchableAudit>(*m_store);
        for (const auto &staff : m_data.staff) {
            if (staff.firstName == "Anna"_L1) {
                m_anna = auth::sessionUserOf(staff);
            }
        }
        QCOMPARE(m_anna.unitIds.size(), 1);
    }

    void everyScreenAndSectionIsAudited()
    {
        const core::Resident &resident
            = residentWhere([&](const auto &r) { return r.unitId == m_anna.unitIds.first() && !r.protectedIdentity; });
        store::MasterDataRepository master(m_store->db());
        const qint64 before = lastSeq();
        const store::CaseClosureRepository closures(m_store->db());
        ResidentListModel list(master, closures, *m_audit);
        list.setViewer(m_anna);
        RecordController record(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        record.setViewer(m_anna);
        QVERIFY(record.openRecord(core::idToString(resident.id)));
        for (int section = 0; section < RecordController::sectionNames().size(); ++section) {
            QVERIFY(record.viewSection(section));
        }
        QStringList expected { u"view.residents"_s };
        for (const QString &name : RecordController::sectionNames()) {
            expected << u"view.record."_s + name;
        }
        QStringList actions;
        for (const auto &e : eventsSince(before)) {
            actions << e.action;
            QCOMPARE(e.meta.authorId, m_anna.staffId);
            QCOMPARE(e.staffRole, u"care_staff"_s);
            QCOMPARE(e.meta.deviceId, m_store->deviceId());
            QVERIFY(e.meta.hlc.physicalMs > 0);
            if (e.action.startsWith(u"view.record"_s)) {
                QCOMPARE(e.residentId, resident.id);
                QCOMPARE(e.unitId, resident.unitId);
            }
        }
        QCOMPARE(actions, expected);
        // Looking at a section again in the same opening is not a new access; opening the record again is.
        QVERIFY(record.viewSection(3));
        QCOMPARE(eventsSince(before).size(), expected.size());
        QVERIFY(record.openRecord(core::idToString(resident.id)));
        QVERIFY(record.viewSection(3));
        QCOMPARE(eventsSince(before).size(), expected.size() + 2);
        QVERIFY(store::AuditLog(m_store->db()).verify());
    }

    void recordsThatArriveWithASyncAppearWithoutANewView()
    {
        const core::Resident &resident
            = residentWhere([&](const auto &r) { return r.unitId == m_anna.unitIds.first() && !r.protectedIdentity; });
        RecordController record(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        record.setViewer(m_anna);
        QVERIFY(record.openRecord(core::idToString(resident.id)));
        QVERIFY(record.viewSection(3));
        const int before = record.journal()->rowCount();
        const qint64 audited = lastSeq();
        // A colleague's note from another tablet, as the sync thread writes it.
        core::JournalEntry note;
        note.meta = m_store->stamper().stamp(m_anna.staffId);
        note.meta.deviceId = core::idToString(m_store->stamper().newId());
        note.residentId = resident.id;
        note.eventDate = core::careToday();
        note.text = u"Skrivet på en annan surfplatta."_s;
        note.authorName = u"Anna"_s;
        note.authorTitle = u"undersköterska"_s;
        QVERIFY(store::JournalRepository(m_store->db()).append(note));
        QCOMPARE(record.journal()->rowCount(), before);
        record.refresh();
        QCOMPARE(record.journal()->rowCount(), before + 1);
        QCOMPARE(lastSeq(), audited); // the same opening: no new access logged
        record.close();
        record.refresh(); // nothing open: nothing read
        QCOMPARE(record.journal()->rowCount(), 0);
    }

    void staffSeeOnlyTheirUnits()
    {
        store::MasterDataRepository master(m_store->db());
        const store::CaseClosureRepository closures(m_store->db());
        ResidentListModel list(master, closures, *m_audit);
        list.setViewer(m_anna);
        const auto inAnnasUnit = std::count_if(m_data.residents.cbegin(), m_data.residents.cend(),
            [&](const auto &r) { return r.unitId == m_anna.unitIds.first(); });
        QCOMPARE(list.rowCount(), inAnnasUnit);
        int mine = 0;
        for (int row = 0; row < list.rowCount(); ++row) {
            mine += list.index(row).data(ResidentListModel::MyResidentRole).toBool() ? 1 : 0;
        }
        QCOMPARE(mine, std::count_if(m_data.residents.cbegin(), m_data.residents.cend(), [&](const auto &r) {
            return !r.protectedIdentity && r.contactPersonIds.contains(m_anna.staffId);
        }));
        QVERIFY(mine > 0); // Anna is kontaktman for someone in the demo
        QVERIFY(list.rowCount() < m_data.residents.size());
        const core::Resident &elsewhere
            = residentWhere([&](const auto &r) { return r.unitId != m_anna.unitIds.first(); });
        RecordController record(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        record.setViewer(m_anna);
        const qint64 before = lastSeq();
        QVERIFY(!record.openRecord(core::idToString(elsewhere.id)));
        QVERIFY(record.errorText().contains(u"dina enheter"_s));
        QVERIFY(eventsSince(before, elsewhere.id).isEmpty());
        list.setViewer(std::nullopt); // logged out
        QCOMPARE(list.rowCount(), 0);
        record.setViewer(std::nullopt);
        QVERIFY(!record.openRecord(core::idToString(elsewhere.id)));
    }

    void protectedIdentityOpensOnlyWithALoggedReason()
    {
        const core::Resident &hidden
            = residentWhere([&](const auto &r) { return r.protectedIdentity && r.unitId == m_anna.unitIds.first(); });
        RecordController record(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        record.setViewer(m_anna);
        const qint64 before = lastSeq();
        QVERIFY(!record.openRecord(core::idToString(hidden.id)));
        QVERIFY(record.errorText().contains(u"skäl"_s));
        QVERIFY(!record.openProtected(core::idToString(hidden.id), u"  "_s));
        // Words are no reason: the audit log (synced, read in log control) holds the reason's category only.
        QVERIFY(!record.openProtected(core::idToString(hidden.id), u"Hon ringde och var ledsen"_s));
        QVERIFY(record.errorText().contains(u"skäl"_s));
        QVERIFY(eventsSince(before).isEmpty());
        QVERIFY(record.openProtected(core::idToString(hidden.id), u"care_now"_s));
        const auto events = eventsSince(before, hidden.id);
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().action, u"view.protected"_s);
        QCOMPARE(events.first().detail, u"care_now"_s);
    }

    void noAuditMeansNoData()
    {
        const core::Resident &resident
            = residentWhere([&](const auto &r) { return r.unitId == m_anna.unitIds.first() && !r.protectedIdentity; });
        store::MasterDataRepository master(m_store->db());
        RecordController record(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        record.setViewer(m_anna);
        QVERIFY(record.openRecord(core::idToString(resident.id)));
        m_audit->failing = true;
        QVERIFY(!record.viewSection(3));
        QCOMPARE(record.journal()->rowCount(), 0);
        QVERIFY(record.errorText().contains(u"loggas"_s));
        record.close();
        QVERIFY(!record.openRecord(core::idToString(resident.id)));
        QVERIFY(record.coverSheet()->name().isEmpty());
        const store::CaseClosureRepository closures(m_store->db());
        ResidentListModel list(master, closures, *m_audit);
        list.setViewer(m_anna);
        QCOMPARE(list.rowCount(), 0);
        QVERIFY(list.errorText().contains(u"loggas"_s));
        m_audit->failing = false;
        list.reload();
        QVERIFY(list.rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(RecordAccessTest)
#include "recordaccesstest.moc"
