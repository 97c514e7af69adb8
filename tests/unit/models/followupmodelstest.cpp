// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The follow-up's models under QAbstractItemModelTester on the demo store: the deadlines overview (earliest first,
// the demo's overdue one on top, audited, a protected identity without name), the kontaktman's own, the wizard's
// goals as answers are chosen, and the easy-read rows (no ICF code in them).
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/models/easyreadmodel.h"
#include "app/models/followupcontroller.h"
#include "app/models/followupservice.h"
#include "app/models/plandeadlinescontroller.h"
#include "app/store/masterdatarepository.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class FollowUpModelsTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    std::unique_ptr<store::MasterDataRepository> m_master;
    auth::SessionUser m_anna; ///< kontaktman in Björkgården

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_master = std::make_unique<store::MasterDataRepository>(m_demo.store->db());
        m_anna = auth::sessionUserOf(m_demo.data.staff.at(1));
        QCOMPARE(m_anna.displayName, u"Anna Berg"_s);
    }

    void deadlinesOverdueFirstAndTheKontaktmansOwn()
    {
        PlanDeadlinesController deadlines(m_demo.store->db(), *m_master, *m_audit, m_demo.clock);
        QAbstractItemModelTester overviewTester(deadlines.overview());
        QAbstractItemModelTester mineTester(deadlines.mine());
        deadlines.setViewer(m_anna);
        DeadlineListModel *overview = deadlines.overview();
        QVERIFY(overview->rowCount() >= 10);
        QCOMPARE(overview->overdueCount(), 1);
        QCOMPARE(overview->index(0).data(DeadlineListModel::NameRole).toString(), u"Rune Hedlund"_s);
        // Twelve days late, nine days left (a few days more or less where months are of different lengths).
        QVERIFY(qAbs(overview->index(0).data(DeadlineListModel::DaysLeftRole).toInt() + 12) <= 3);
        QVERIFY(overview->index(0).data(DeadlineListModel::WhenRole).toString().startsWith(u"Försenad"_s));
        QVERIFY(qAbs(overview->index(1).data(DeadlineListModel::DaysLeftRole).toInt() - 9) <= 3); // Ingrid's
        for (int row = 0; row < overview->rowCount(); ++row) {
            if (overview->index(row).data(DeadlineListModel::ProtectedRole).toBool()) {
                QCOMPARE(overview->index(row).data(DeadlineListModel::NameRole).toString(), u"Skyddad identitet"_s);
                QVERIFY(overview->index(row).data(DeadlineListModel::RoomRole).toString().isEmpty());
            }
        }
        QVERIFY(deadlines.mine()->rowCount() > 0);
        QVERIFY(deadlines.mine()->rowCount() < overview->rowCount());
        for (int row = 0; row < deadlines.mine()->rowCount(); ++row) {
            QVERIFY(deadlines.mine()->index(row).data(DeadlineListModel::MineRole).toBool());
            QVERIFY(deadlines.mine()
                        ->index(row)
                        .data(DeadlineListModel::SentenceRole)
                        .toString()
                        .startsWith(u"Uppföljning av "_s));
        }
        // No audit, no list.
        m_audit->failing = true;
        deadlines.reload();
        m_audit->failing = false;
        QCOMPARE(overview->rowCount(), 0);
        QVERIFY(!overview->errorText().isEmpty());
        deadlines.setViewer(std::nullopt);
        QCOMPARE(deadlines.mine()->rowCount(), 0);
    }

    void wizardGoalsAndEasyRead()
    {
        FollowUpService service(*m_demo.store, *m_master, *m_audit, m_demo.clock);
        FollowUpController wizard(m_demo.store->db(), *m_master, service, *m_demo.catalogue);
        QAbstractItemModelTester goalsTester(wizard.goals());
        const QString margit = core::idToString(m_demo.data.residents.at(0).id);
        QVERIFY(!wizard.start(margit)); // nobody logged in
        wizard.setViewer(m_anna);
        QVERIFY(wizard.mayFollowUp(margit));
        QVERIFY(wizard.start(margit));
        QVERIFY(wizard.goals()->rowCount() > 0);
        QVERIFY(!wizard.save());
        QVERIFY(!wizard.goals()->index(0).data(FollowUpGoalListModel::ErrorRole).toString().isEmpty());
        wizard.setGoalResult(0, 2);
        QCOMPARE(wizard.goals()->index(0).data(FollowUpGoalListModel::ResultRole).toInt(), 2);
        QVERIFY(wizard.goals()->index(0).data(FollowUpGoalListModel::ErrorRole).toString().isEmpty());
        wizard.setOutcome(2);
        QVERIFY(!wizard.save());
        QCOMPARE(wizard.fieldErrors().value(u"reason"_s).toString(), u"Välj varför handläggaren ska kontaktas."_s);

        QTemporaryDir exports;
        EasyReadModel easyRead(m_demo.store->db(), *m_master, *m_audit, m_demo.clock, exports.path());
        QAbstractItemModelTester easyTester(&easyRead);
        easyRead.setViewer(m_anna);
        QVERIFY(easyRead.open(margit));
        QCOMPARE(easyRead.title(), u"Margits plan"_s);
        QVERIFY(easyRead.rowCount() > 3);
        for (int row = 0; row < easyRead.rowCount(); ++row) {
            const QString text = easyRead.index(row).data(EasyReadModel::TitleRole).toString()
                + easyRead.index(row).data(EasyReadModel::WhenRole).toString()
                + easyRead.index(row).data(EasyReadModel::TextRole).toString();
            QVERIFY2(!text.contains(QRegularExpression(u"\\b[bdes]\\d{3}"_s)), qPrintable(text));
        }
        const QString path = easyRead.print();
        QVERIFY(path.startsWith(exports.path()));
        QVERIFY(QFile(path).size() > 1000);
    }
};

QTEST_MAIN(FollowUpModelsTest)
#include "followupmodelstest.moc"
