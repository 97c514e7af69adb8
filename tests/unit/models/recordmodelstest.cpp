// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Every model QML sees, over a seeded demo store: QAbstractItemModelTester, real content, masking, errors.
#include "tests/support/closecase.h"
#include "tests/support/demostore.h"
#include "tests/support/manualclock.h"
#include "tests/support/testkeyprovider.h"

#include "app/auth/accessaudit.h"
#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/models/modelsupport.h"
#include "app/models/recordcontroller.h"
#include "app/models/residentlistmodel.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "app/store/signingrepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class RecordModelsTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::optional<store::DeviceStore> &m_store = m_demo.store;
    std::optional<core::IbicCatalogue> &m_catalogue = m_demo.catalogue;
    demo::DemoData &m_data = m_demo.data;
    std::unique_ptr<auth::AccessAudit> m_audit;
    std::optional<auth::SessionUser> m_sas; ///< sees both units

    void viewAll(RecordController &record)
    {
        for (int section = 0; section < RecordController::sectionNames().size(); ++section) {
            QVERIFY(record.viewSection(section));
        }
    }

    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            values << model.data(model.index(row, 0), role).toString();
        }
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<auth::AccessAudit>(*m_store);
        for (const auto &staff : m_data.staff) {
            if (staff.role == core::StaffRole::Sas) {
                m_sas = auth::sessionUserOf(staff);
            }
        }
        QVERIFY(m_sas);
    }

    void residentListMasksProtectedIdentities()
    {
        store::MasterDataRepository master(m_store->db());
        const store::CaseClosureRepository closures(m_store->db());
        ResidentListModel model(master, closures, *m_audit);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nobody logged in: nothing listed
        model.setViewer(m_sas);
        QCOMPARE(model.rowCount(), m_data.residents.size());
        const QStringList names = column(model, ResidentListModel::DisplayNameRole);
        QCOMPARE(names.count(u"Skyddad identitet"_s), 2);
        for (const auto &r : m_data.residents) {
            QCOMPARE(names.contains(r.displayName()), !r.protectedIdentity);
        }
        const QStringList units = column(model, ResidentListModel::UnitNameRole);
        QCOMPARE(column(model, ResidentListModel::FirstInUnitRole).count(u"true"_s), 2); // one heading per unit
        QVERIFY(units.indexOf(u"Solrosen"_s) > units.lastIndexOf(u"Björkgården"_s)); // grouped
        QVERIFY(model.errorText().isEmpty());
        for (int row = 0; row + 1 < model.rowCount(); ++row) { // masked rows come last in their unit
            const QModelIndex here = model.index(row);
            const QModelIndex next = model.index(row + 1);
            if (here.data(ResidentListModel::UnitNameRole) == next.data(ResidentListModel::UnitNameRole)) {
                QVERIFY(!here.data(ResidentListModel::ProtectedIdentityRole).toBool()
                    || next.data(ResidentListModel::ProtectedIdentityRole).toBool());
            }
        }
    }

    void recordSectionsLoadForAResident()
    {
        RecordController record(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        record.setViewer(m_sas);
        const core::Resident &resident = m_data.residents.at(5); // has a plan conflict in the demo
        QVERIFY(record.openRecord(core::idToString(resident.id)));
        QCOMPARE(record.journal()->rowCount(), 0); // loaded only when the section is viewed
        viewAll(record);
        for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *> {
                 record.decisions(), record.plan(), record.journal(), record.signing(), record.documents() }) {
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(model->rowCount() > 0);
        }
        QCOMPARE(record.coverSheet()->name(), resident.displayName());
        QCOMPARE(record.coverSheet()->personalNumber(), resident.personalNumber);
        QVERIFY(record.plan()->hasPlan());
        QVERIFY(record.plan()->conflict());
        const QStringList icfTitles = column(*record.plan(), PlanModel::IcfTitleRole);
        QVERIFY(!icfTitles.contains(u"Okänd kod"_s));
        QVERIFY(column(*record.journal(), JournalListModel::TextRole).constFirst().size() > 10);
        QVERIFY(record.signing()->summary().contains(u"signerade"_s));
        const QStringList statuses = column(*record.signing(), SigningListModel::StatusRole);
        QVERIFY(std::any_of(statuses.cbegin(), statuses.cend(), [](const QString &s) {
            return s.startsWith(u"Utförd "_s) && s.contains(u" · "_s); // "Utförd 08:12 · Anna Berg"
        }));
        record.signing()->previousDay();
        QVERIFY(!record.signing()->dayLabel().startsWith(u"I dag"_s));
    }

    void aSlotSignedOnTwoTabletsIsShownAsDouble()
    {
        // Two tablets offline, two staff, the same slot: both signatures are kept (a fact merges by union), and the
        // list must say so rather than show one of them.
        const auto first = std::find_if(m_data.signatures.cbegin(), m_data.signatures.cend(), [&](const auto &s) {
            return s.outcome == core::SignatureOutcome::Done
                && s.plannedFor.toTimeZone(core::careTimeZone()).date() == core::careToday().addDays(-2);
        });
        QVERIFY(first != m_data.signatures.cend());
        core::Signature second = *first;
        const auto other = std::find_if(m_data.staff.cbegin(), m_data.staff.cend(),
            [&](const core::Staff &s) { return s.id != first->meta.authorId && s.role == core::StaffRole::CareStaff; });
        second.meta = m_store->stamper().stamp(other->id);
        QVERIFY(store::SigningRepository(m_store->db()).append(second));
        RecordController record(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        record.setViewer(m_sas);
        QVERIFY(record.openRecord(core::idToString(first->residentId)));
        viewAll(record);
        record.signing()->previousDay();
        record.signing()->previousDay();
        const QStringList statuses = column(*record.signing(), SigningListModel::StatusRole);
        QCOMPARE(statuses.count(u"Signerad 2 gånger"_s), 1);
        const QStringList details = column(*record.signing(), SigningListModel::DetailRole);
        const QString detail = details.at(statuses.indexOf(u"Signerad 2 gånger"_s));
        QVERIFY(detail.contains(other->displayName()));
        QCOMPARE(column(*record.signing(), SigningListModel::ToneRole).at(statuses.indexOf(u"Signerad 2 gånger"_s)),
            u"danger"_s);
    }

    void unknownResidentDoesNotOpen()
    {
        RecordController record(m_store->db(), *m_catalogue, *m_audit, m_demo.clock);
        record.setViewer(m_sas);
        QVERIFY(!record.openRecord(u"not-an-id"_s));
        QVERIFY(!record.isOpen());
        QVERIFY(!record.errorText().isEmpty());
        QVERIFY(!record.openRecord(core::idToString(m_store->stamper().newId())));
    }

    void residentListSaysWhichCasesAreClosed()
    {
        // Last: the closure makes this resident's record read-only for good.
        store::MasterDataRepository master(m_store->db());
        const store::CaseClosureRepository closures(m_store->db());
        ResidentListModel model(master, closures, *m_audit);
        model.setViewer(m_sas);
        QCOMPARE(column(model, ResidentListModel::CaseClosedRole).count(u"true"_s), 0);
        const core::Resident &moved = m_data.residents.at(2);
        QVERIFY(!moved.protectedIdentity);
        QVERIFY(test::closeCaseInStore(*m_store, m_data.staff.constFirst().id, moved.id));
        model.reload();
        QCOMPARE(model.rowCount(), m_data.residents.size()); // still listed: the record can be read
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            QCOMPARE(index.data(ResidentListModel::CaseClosedRole).toBool(),
                index.data(ResidentListModel::ResidentIdRole).toString() == core::idToString(moved.id));
        }
    }
};

QTEST_GUILESS_MAIN(RecordModelsTest)
#include "recordmodelstest.moc"
