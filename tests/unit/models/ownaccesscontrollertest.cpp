// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// "Min akt" (G2.1) on the demo store: shown only after its audit event (the staff member as the actor), never on a
// kiosk, never for a resident outside the viewer's units; the help of the last seven days in plain words, newest
// first, retracted signatures left out; the journal newest first with the writer's first name and title.
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/models/ownaccesscontroller.h"
#include "app/models/ownrecordlistmodel.h"
#include "app/store/masterdatarepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class OwnAccessControllerTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    std::unique_ptr<store::MasterDataRepository> m_master;
    auth::SessionUser m_carer;
    core::Resident m_resident;
    core::Resident m_elsewhere;

    qint64 shownEvents()
    {
        auto s = m_demo.store->db().prepare(
            u"SELECT count(*) FROM audit_events WHERE action = 'view.record.own_access'"_s);
        return s && s.value().step().value() ? s.value().int64(0) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_master = std::make_unique<store::MasterDataRepository>(m_demo.store->db());
        m_resident = m_demo.data.residents.constFirst();
        for (const core::Resident &r : std::as_const(m_demo.data.residents)) {
            if (r.unitId != m_resident.unitId) {
                m_elsewhere = r;
            }
        }
        for (const core::Staff &s : std::as_const(m_demo.data.staff)) {
            if (s.role == core::StaffRole::CareStaff && s.unitIds == QList<core::Id> { m_resident.unitId }) {
                m_carer = auth::sessionUserOf(s);
            }
        }
        QVERIFY(!m_carer.staffId.isNull() && !m_elsewhere.id.isNull());
    }

    void refusedWithoutShowingAnything()
    {
        OwnAccessController kiosk(m_demo.store->db(), *m_master, *m_audit, m_demo.clock, true);
        kiosk.setViewer(m_carer);
        QVERIFY(!kiosk.open(core::idToString(m_resident.id)));
        QVERIFY(kiosk.errorText().contains(u"väggskärmen"_s));
        OwnAccessController tablet(m_demo.store->db(), *m_master, *m_audit, m_demo.clock, false);
        QVERIFY(!tablet.open(core::idToString(m_resident.id))); // nobody logged in
        tablet.setViewer(m_carer);
        QVERIFY(!tablet.open(core::idToString(m_elsewhere.id))); // another unit's resident
        m_audit->failing = true;
        QVERIFY(!tablet.open(core::idToString(m_resident.id)));
        m_audit->failing = false;
        QVERIFY(tablet.errorText().contains(u"loggas"_s));
        QCOMPARE(tablet.help()->rowCount(), 0);
        QCOMPARE(tablet.journal()->rowCount(), 0);
        QCOMPARE(shownEvents(), 0);
    }

    void showsTheResidentsRecordInPlainWords()
    {
        OwnAccessController own(m_demo.store->db(), *m_master, *m_audit, m_demo.clock, false);
        QAbstractItemModelTester helpTester(own.help());
        QAbstractItemModelTester journalTester(own.journal());
        own.setViewer(m_carer);
        QVERIFY(own.open(core::idToString(m_resident.id)));
        QCOMPARE(shownEvents(), 1);
        QCOMPARE(own.title(), u"Min akt – %1"_s.arg(m_resident.firstName));
        QVERIFY(own.help()->rowCount() > 0);
        for (int row = 0; row < own.help()->rowCount(); ++row) {
            const QString heading = own.help()->index(row).data(OwnRecordListModel::HeadingRole).toString();
            QVERIFY2(heading.startsWith(u"I "_s), qPrintable(heading)); // within the last seven days
            const QString text = own.help()->index(row).data(OwnRecordListModel::TextRole).toString();
            QVERIFY2(text.startsWith(u"Du fick hjälp med: "_s) || text.contains(u"blev inte av"_s), qPrintable(text));
        }
        QVERIFY(own.help()->index(0).data(OwnRecordListModel::HeadingRole).toString().startsWith(u"I dag"_s));
        QVERIFY(own.journal()->rowCount() > 0);
        const QString author = own.journal()->index(0).data(OwnRecordListModel::AuthorRole).toString();
        QVERIFY2(author.startsWith(u"Skrivet av "_s) && author.contains(u", "_s), qPrintable(author));
        QVERIFY(!author.contains(u"Berg"_s) && !author.contains(u"Strand"_s)); // first names only
        own.setViewer(std::nullopt); // logging out clears it
        QCOMPARE(own.journal()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(OwnAccessControllerTest)
#include "ownaccesscontrollertest.moc"
