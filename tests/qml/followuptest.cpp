// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Plan follow-up and deadlines through the real screens with touch events: a kontaktman logs in and sees their
// residents' deadlines on Nu; "Planer" lists every resident's deadline, the overdue first; from the record's plan
// "Följ upp planen": saving with answers missing is refused at the questions (nothing saved), then each goal, the
// three questions and "Fortsätt som nu" are tapped and saved. The journal's new entry is on top, the real aktenctl
// finds the audit event, and the resident's deadline moved six months on. Then "Lättläst" and its printout.
// Screenshots: tablet 1280×800 (the follow-up wizard, the easy-read view and the overview are tablet screens).
#include "tests/qml/shelltesthelpers.h"
#include "tests/support/manualclock.h"

#include "tests/integration/clirunner.h"

#include "app/core/caretime.h"
#include "app/models/deadlinelistmodel.h"
#include "app/models/easyreadmodel.h"
#include "app/models/followupcontroller.h"
#include "app/models/journallistmodel.h"
#include "app/models/plandeadlinescontroller.h"
#include "app/models/planeditorcontroller.h"
#include "app/models/planmodel.h"
#include "app/models/recordcontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

namespace {

int rowOf(DeadlineListModel *model, const QString &residentId)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(DeadlineListModel::ResidentIdRole).toString() == residentId) {
            return row;
        }
    }
    return -1;
}

} // namespace

class FollowUpTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QPointingDevice *m_touch = nullptr;

    void touch(QQuickWindow *window, const QString &objectName) { touchTap(window, m_touch, objectName); }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        m_touch = QTest::createTouchDevice();
    }

    void followUpAPlanThroughTheScreens()
    {
        const QString dir = m_tmp.filePath(u"store"_s);
        ManualClock clock(core::careInstantMs(core::careToday(), QTime(10, 0)));
        shell::ShellOptions options { dir, {}, true, false, {} };
        options.clock = &clock;
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        login(*shell.composition, u"04DE0000000002"_s, u"246802"_s); // Anna Berg, kontaktman
        PlanDeadlinesController *deadlines = shell.composition->planDeadlines();

        // Right after login: her own residents' deadlines on Nu.
        QVERIFY(deadlines->mine()->rowCount() > 0);
        QTRY_VERIFY(findItem(window->contentItem(), u"myDeadlinesCard"_s, true));
        const QString sentence = deadlines->mine()->index(0).data(DeadlineListModel::SentenceRole).toString();
        QVERIFY2(sentence.contains(u" senast "_s) || sentence.contains(u"skulle vara klar"_s), qPrintable(sentence));
        grab(window, u"followup-01-kontaktman-card"_s);

        // "Planer": every resident in her unit, the overdue first (the demo has one twelve days late).
        touch(window, u"tabPlans"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"planDeadlinesPage"_s, true));
        DeadlineListModel *overview = deadlines->overview();
        QVERIFY(overview->rowCount() > deadlines->mine()->rowCount());
        QVERIFY(overview->overdueCount() >= 1);
        QVERIFY(overview->index(0).data(DeadlineListModel::OverdueRole).toBool());
        QVERIFY(overview->index(0).data(DeadlineListModel::DaysLeftRole).toInt() < 0);
        for (int row = 1; row < overview->rowCount(); ++row) {
            QVERIFY(overview->index(row - 1).data(DeadlineListModel::DaysLeftRole).toInt()
                <= overview->index(row).data(DeadlineListModel::DaysLeftRole).toInt());
        }
        grab(window, u"followup-02-deadlines-overview"_s);

        // One of her residents whose plan she may follow up.
        FollowUpController *followUp = shell.composition->followUp();
        QString residentId;
        int mineRow = -1;
        for (int row = 0; row < deadlines->mine()->rowCount() && residentId.isEmpty(); ++row) {
            const QString id = deadlines->mine()->index(row).data(DeadlineListModel::ResidentIdRole).toString();
            if (!deadlines->mine()->index(row).data(DeadlineListModel::ProtectedRole).toBool()
                && followUp->mayFollowUp(id)) {
                residentId = id;
                mineRow = row;
            }
        }
        QVERIFY(!residentId.isEmpty());
        const int daysBefore
            = overview->index(rowOf(overview, residentId)).data(DeadlineListModel::DaysLeftRole).toInt();
        // Her deadline on Nu opens the record on its plan.
        touch(window, u"tabNow"_s);
        touch(window, u"myDeadline%1"_s.arg(mineRow));
        QTRY_COMPARE(shell.composition->record()->residentIdText(), residentId);
        QTest::qWait(600); // the StackView push transition
        QTRY_VERIFY(findItem(window->contentItem(), u"followUpPlanButton"_s, true));
        touch(window, u"followUpPlanButton"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"followUpPage"_s, true));
        QTest::qWait(600);
        QVERIFY(followUp->isOpen());
        const int goals = followUp->goals()->rowCount();
        QVERIFY(goals > 0);

        // Saved with nothing answered: said at each question, nothing saved.
        touch(window, u"saveFollowUp"_s);
        QTRY_VERIFY(!followUp->errorText().isEmpty());
        QVERIFY(followUp->isOpen());
        QCOMPARE(followUp->fieldErrors().value(u"benefit"_s).toString(),
            u"Välj den boendes svar, eller ”Vill inte svara”."_s);
        QVERIFY(!followUp->goals()->index(0).data(FollowUpGoalListModel::ErrorRole).toString().isEmpty());
        grab(window, u"followup-03-wizard-refused"_s);

        // Every goal, the three questions, "Fortsätt som nu", by touch.
        for (int goal = 0; goal < goals; ++goal) {
            touch(window, u"goal%1result%2"_s.arg(goal).arg(goal % 3));
        }
        touch(window, u"benefit0"_s);
        touch(window, u"value1"_s);
        touch(window, u"quality3"_s);
        touch(window, u"outcome0"_s);
        QTRY_VERIFY(followUp->fieldErrors().isEmpty());
        grab(window, u"followup-04-wizard-answered"_s);
        touch(window, u"saveFollowUp"_s);
        QTRY_VERIFY(!findItem(window->contentItem(), u"followUpPage"_s, true));
        QVERIFY(!followUp->isOpen());

        // The deadline moved: six months from today (an adult) or four (a child); and not overdue.
        const int daysAfter
            = overview->index(rowOf(overview, residentId)).data(DeadlineListModel::DaysLeftRole).toInt();
        QVERIFY2(daysAfter > daysBefore, qPrintable(u"%1 → %2"_s.arg(daysBefore).arg(daysAfter)));
        QVERIFY(daysAfter >= 118);
        QTRY_VERIFY(shell.composition->record()->plan()->followUp().startsWith(u"Nästa uppföljning senast"_s));

        // The journal's newest entry is the follow-up.
        touch(window, u"section3"_s);
        JournalListModel *journal = shell.composition->record()->journal();
        QTRY_VERIFY(journal->rowCount() > 0);
        QVERIFY2(
            journal->index(0).data(JournalListModel::TextRole).toString().startsWith(u"Genomförandeplanen uppföljd"_s),
            qPrintable(journal->index(0).data(JournalListModel::TextRole).toString()));
        QVERIFY(journal->index(0).data(JournalListModel::TextRole).toString().contains(u"Beslut: Fortsätt som nu."_s));
        grab(window, u"followup-05-journal-entry"_s);

        // "Lättläst": the plan for the resident, and printed.
        touch(window, u"section2"_s);
        touch(window, u"easyReadButton"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"easyReadPage"_s, true));
        QTest::qWait(600);
        EasyReadModel *easyRead = shell.composition->easyRead();
        QVERIFY(easyRead->rowCount() > 0);
        QVERIFY(easyRead->index(0).data(EasyReadModel::WhenRole).toString().length() > 0);
        grab(window, u"followup-06-easy-read"_s);
        touch(window, u"printEasyRead"_s);
        QTRY_COMPARE(easyRead->printedText(), u"Utskriften är sparad i exportmappen."_s);

        // "Revidera planen": saved, then the plan editor opens from the revision just followed up.
        QVERIFY(QMetaObject::invokeMethod(window, "goBack"));
        bool opened = false;
        QVERIFY(
            QMetaObject::invokeMethod(window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, residentId)));
        QVERIFY(opened);
        QTest::qWait(600);
        touch(window, u"section2"_s);
        touch(window, u"followUpPlanButton"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"followUpPage"_s, true));
        QTest::qWait(600);
        for (int goal = 0; goal < goals; ++goal) {
            touch(window, u"goal%1result1"_s.arg(goal));
        }
        touch(window, u"benefit1"_s);
        touch(window, u"value1"_s);
        touch(window, u"quality1"_s);
        touch(window, u"outcome1"_s);
        QTRY_VERIFY(followUp->fieldErrors().isEmpty());
        touch(window, u"saveFollowUp"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"planEditorPage"_s, true));
        QVERIFY(shell.composition->planEditor()->isOpen());
        shell.composition->session()->logout();

        // The real aktenctl: the follow-up's audit event.
        const RunResult audit
            = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, u"write.plan_follow_up"_s });
        const QJsonArray events = QJsonDocument::fromJson(audit.out).array();
        QVERIFY(events.size() > 1); // the demo's own follow-ups first
        QCOMPARE(events.at(events.size() - 2)[u"detail"_s].toString(), u"continue"_s);
        QCOMPARE(events.last()[u"detail"_s].toString(), u"revise"_s);
        QCOMPARE(events.last()[u"resident"_s].toString(), residentId);
        QCOMPARE(events.last()[u"role"_s].toString(), u"care_staff"_s);
    }
};

QTEST_MAIN(FollowUpTest)
#include "followuptest.moc"
