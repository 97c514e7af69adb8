// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The quality review (D9) and "Min akt" (G2.1) through the real screens with touch and key events. A care worker's
// Planer tab has no "Kvalitetsgranskning"; the unit manager's has: she draws this year's sample, saving an empty
// questionnaire is refused at each question (nothing saved), then she answers all five by touch, types a comment
// and saves; the unit's result shows. The real aktenctl counts the sample and the review and shows their audit
// events (the seed logged). Then a care worker opens "Min akt" from a resident's record: the plan in easy-read form,
// the help of the last seven days and the journal in plain words; aktenctl shows it logged as shown to the resident.
// Screenshots: tablet 1280×800 (neither screen is on a kiosk).
#include "tests/qml/shelltesthelpers.h"
#include "tests/support/manualclock.h"

#include "tests/integration/clirunner.h"

#include "app/core/caretime.h"
#include "app/models/easyreadmodel.h"
#include "app/models/ownaccesscontroller.h"
#include "app/models/ownrecordlistmodel.h"
#include "app/models/qualityquestionnaire.h"
#include "app/models/qualityresultlistmodel.h"
#include "app/models/qualityreviewcontroller.h"
#include "app/models/qualitysamplelistmodel.h"
#include "app/models/recordcontroller.h"
#include "app/models/residentlistmodel.h"
#include "app/store/devicestore.h"
#include "app/store/qualityreviewrepository.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickStyle>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

class QualityReviewScreensTest : public QObject
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

    void theUnitManagerDrawsAndReviews()
    {
        const QString dir = m_tmp.filePath(u"quality"_s);
        ManualClock clock(core::careInstantMs(core::careToday(), QTime(10, 0)));
        shell::ShellOptions options { dir, {}, true, false, {} };
        options.clock = &clock;
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        QualityReviewController *review = shell.composition->qualityReview();

        // A care worker: no quality review on Planer.
        login(*shell.composition, u"04DE0000000002"_s, u"246802"_s); // Anna Berg, undersköterska
        touch(window, u"tabPlans"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"planDeadlinesPage"_s, true));
        QVERIFY(!findItem(window->contentItem(), u"openQualityReview"_s, true));
        QVERIFY(!review->allowed());
        shell.composition->session()->logout();

        login(*shell.composition, u"04DE0000000001"_s, u"246801"_s); // Helena Strand, enhetschef
        touch(window, u"tabPlans"_s);
        touch(window, u"openQualityReview"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"qualityReviewPage"_s, true));
        QTest::qWait(600); // the StackView push transition
        QVERIFY(!review->drawn());
        QCOMPARE(review->year(), core::careToday().year());
        grab(window, u"quality-01-not-drawn"_s);

        touch(window, u"drawSample"_s);
        QTRY_VERIFY(review->drawn());
        const int sampled = review->plans()->rowCount();
        QVERIFY(sampled >= 2); // 13 set plans in Björkgården: 10 % rounded up
        QVERIFY(review->summary().contains(u"Slumptal"_s));
        QVERIFY(!findItem(window->contentItem(), u"drawSample"_s, true)); // drawn once a year
        grab(window, u"quality-02-sample"_s);
        QSet<QString> drawnNow;
        for (int row = 0; row < sampled; ++row) {
            drawnNow.insert(review->plans()->index(row).data(QualitySampleListModel::ResidentIdRole).toString());
        }

        // Last year's (the demo's): reviewed, its result shown, and none of its plans drawn again this year.
        touch(window, u"previousYear"_s);
        QTRY_COMPARE(review->year(), core::careToday().year() - 1);
        QVERIFY(review->drawn());
        const int lastYearsPlans = review->plans()->rowCount();
        QVERIFY(lastYearsPlans > 0);
        for (int row = 0; row < review->plans()->rowCount(); ++row) {
            QVERIFY(review->plans()->index(row).data(QualitySampleListModel::ReviewedRole).toBool());
            QVERIFY(!drawnNow.contains(
                review->plans()->index(row).data(QualitySampleListModel::ResidentIdRole).toString()));
        }
        QCOMPARE(review->results()->rowCount(), 5);
        grab(window, u"quality-07-last-year"_s);
        touch(window, u"nextYear"_s);
        QTRY_COMPARE(review->year(), core::careToday().year());
        QTRY_COMPARE(review->plans()->rowCount(), sampled);

        // The questionnaire: saved empty, refused at each question and nothing written.
        touch(window, u"reviewPlan0"_s);
        QualityQuestionnaire *form = review->questionnaire();
        QTRY_VERIFY(form->active());
        touch(window, u"saveReview"_s);
        QTRY_VERIFY(!form->message().isEmpty());
        QVERIFY(form->active());
        for (int q = 0; q < 5; ++q) {
            QCOMPARE(
                form->index(q).data(QualityQuestionnaire::ProblemRole).toString(), u"Välj Ja, Delvis eller Nej."_s);
        }
        QVERIFY(!review->plans()->index(0).data(QualitySampleListModel::ReviewedRole).toBool());
        grab(window, u"quality-03-questionnaire-refused"_s);

        // Ja, Ja, Delvis, Nej, Ja by touch; a comment typed at the goals.
        touch(window, u"question0answer0"_s);
        touch(window, u"question1answer0"_s);
        touch(window, u"question2answer1"_s);
        touch(window, u"question3answer2"_s);
        touch(window, u"question4answer0"_s);
        touch(window, u"question3comment"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"question3comment"_s, true)->hasActiveFocus());
        typeText(window, u"Målen saknar tid och hur de följs upp."_s);
        QTRY_COMPARE(form->index(3).data(QualityQuestionnaire::AnswerRole).toString(), u"no"_s);
        QCOMPARE(form->index(3).data(QualityQuestionnaire::ProblemRole).toString(), QString());
        grab(window, u"quality-04-questionnaire-answered"_s);
        touch(window, u"saveReview"_s);
        QTRY_VERIFY(!form->active());
        QTRY_VERIFY(review->plans()->index(0).data(QualitySampleListModel::ReviewedRole).toBool());
        QVERIFY(
            review->plans()->index(0).data(QualitySampleListModel::StatusRole).toString().contains(u"Helena Strand"_s));
        QCOMPARE(review->results()->rowCount(), 5);
        QCOMPARE(review->results()->index(3).data(QualityResultListModel::NoRole).toInt(), 100);
        QCOMPARE(review->results()->index(2).data(QualityResultListModel::PartlyRole).toInt(), 100);
        QVERIFY(review->summary().contains(u"Granskade: 1 av %1."_s.arg(sampled)));
        QVERIFY(!findItem(window->contentItem(), u"reviewPlan0"_s, true)); // reviewed once
        grab(window, u"quality-05-result"_s);
        QQuickItem *lastResult = findItem(window->contentItem(), u"resultCard4"_s, true);
        QVERIFY(lastResult);
        scrollIntoView(window, lastResult);
        grab(window, u"quality-06-result-shares"_s);
        shell.composition->session()->logout();

        // The real aktenctl: the records counted, their audit events with the seed.
        const RunResult stats = runAktenctl({ u"stats"_s, u"--data-dir"_s, dir, u"--json"_s });
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(counts[u"quality_samples"_s].toInt(), 2); // last year's (the demo's) and this year's
        QCOMPARE(counts[u"quality_reviews"_s].toInt(), lastYearsPlans + 1);
        const RunResult audit
            = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, u"write.quality"_s });
        const QJsonArray all = QJsonDocument::fromJson(audit.out).array();
        QCOMPARE(all.size(), 1 + lastYearsPlans + 2); // the demo's, then this year's sample and review
        const QJsonArray events { all.at(all.size() - 2), all.at(all.size() - 1) };
        QCOMPARE(events.at(0)[u"action"_s].toString(), u"write.quality_sample"_s);
        QVERIFY(events.at(0)[u"detail"_s].toString().contains(u"seed="_s));
        QCOMPARE(events.at(0)[u"role"_s].toString(), u"unit_manager"_s);
        QCOMPARE(events.at(1)[u"action"_s].toString(), u"write.quality_review"_s);
        QVERIFY(events.at(1)[u"detail"_s].toString().endsWith(u"yes,yes,partly,no,yes"_s));
        const RunResult sample = runAktenctl({ u"quality-sample"_s, u"--data-dir"_s, dir, u"--year"_s,
            QString::number(core::careToday().year()), u"--json"_s });
        const QJsonObject drawn = QJsonDocument::fromJson(sample.out)[u"samples"_s][0].toObject();
        QCOMPARE(drawn[u"plans"_s].toArray().size(), sampled);
        QCOMPARE(drawn[u"plans"_s][0][u"resident"_s].toString(), events.at(1)[u"resident"_s].toString());
        QCOMPARE(drawn[u"reviewed"_s].toInt(), 1);
        QVERIFY(events.at(0)[u"detail"_s].toString().contains(u"seed="_s + drawn[u"seed"_s].toString()));
        // The typed comment is in the review, at its question.
        platform::FileKeyProvider keys(platform::defaultDeviceKeyLocation(dir).path);
        QVERIFY(keys.prepare(false));
        auto store = store::DeviceStore::open(dir, keys, clock);
        QVERIFY(store.ok());
        const auto reviews = store::QualityReviewRepository(store.value().db())
                                 .reviews(core::idFromString(drawn[u"unit"_s].toString()), core::careToday().year())
                                 .value();
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.constFirst().items.at(3).comment, u"Målen saknar tid och hur de följs upp."_s);
        QCOMPARE(reviews.constFirst().items.at(0).comment, QString());
    }

    void minAktIsShownToTheResidentAndLogged()
    {
        const QString dir = m_tmp.filePath(u"ownaccess"_s);
        ManualClock clock(core::careInstantMs(core::careToday(), QTime(10, 0)));
        shell::ShellOptions options { dir, {}, true, false, {} };
        options.clock = &clock;
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        login(*shell.composition, u"04DE0000000002"_s, u"246802"_s); // Anna Berg, undersköterska
        ResidentListModel *residents = shell.composition->residents();
        QString residentId;
        for (int row = 0; row < residents->rowCount() && residentId.isEmpty(); ++row) {
            if (!residents->index(row).data(ResidentListModel::ProtectedIdentityRole).toBool()) {
                residentId = residents->index(row).data(ResidentListModel::ResidentIdRole).toString();
            }
        }
        QVERIFY(!residentId.isEmpty());
        bool opened = false;
        QVERIFY(
            QMetaObject::invokeMethod(window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, residentId)));
        QVERIFY(opened);
        QTest::qWait(600);
        QTRY_VERIFY(findItem(window->contentItem(), u"showOwnAccess"_s, true));
        grab(window, u"ownaccess-00-record"_s);
        touch(window, u"showOwnAccess"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"ownAccessPage"_s, true));
        QTest::qWait(600);
        OwnAccessController *own = shell.composition->ownAccess();
        QVERIFY(own->title().startsWith(u"Min akt – "_s));
        QVERIFY(shell.composition->easyRead()->rowCount() > 0); // the plan: the easy-read view's
        grab(window, u"ownaccess-01-plan"_s);

        touch(window, u"ownAccessPart1"_s);
        QVERIFY(own->help()->rowCount() > 0);
        const QString help = own->help()->index(0).data(OwnRecordListModel::TextRole).toString();
        QVERIFY2(help.startsWith(u"Du fick hjälp med: "_s) || help.contains(u"blev inte av"_s), qPrintable(help));
        QVERIFY(own->help()->index(0).data(OwnRecordListModel::HeadingRole).toString().startsWith(u"I "_s));
        grab(window, u"ownaccess-02-help"_s);

        touch(window, u"ownAccessPart2"_s);
        QVERIFY(own->journal()->rowCount() > 0);
        QVERIFY(own->journal()->index(0).data(OwnRecordListModel::AuthorRole).toString().startsWith(u"Skrivet av "_s));
        grab(window, u"ownaccess-03-journal"_s);
        shell.composition->session()->logout();

        const RunResult audit = runAktenctl(
            { u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, u"view.record.own_access"_s });
        const QJsonArray events = QJsonDocument::fromJson(audit.out).array();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0)[u"resident"_s].toString(), residentId);
        QCOMPARE(events.at(0)[u"role"_s].toString(), u"care_staff"_s);
        QCOMPARE(events.at(0)[u"detail"_s].toString(), u"shown to the resident"_s);
    }

    void neitherOnAKiosk()
    {
        const QString dir = m_tmp.filePath(u"kiosk"_s);
        ManualClock clock(core::careInstantMs(core::careToday(), QTime(10, 0)));
        shell::ShellOptions options { dir, {}, true, true, {} };
        options.clock = &clock;
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->width(), 1080);
        login(*shell.composition, u"04DE0000000001"_s, u"246801"_s); // Helena Strand, enhetschef
        QVERIFY(!shell.composition->qualityReview()->allowed());
        QVERIFY(!shell.composition->qualityReview()->open());
        QVERIFY(!findItem(window->contentItem(), u"openQualityReview"_s, true));
        const QString residentId
            = shell.composition->residents()->index(0).data(ResidentListModel::ResidentIdRole).toString();
        bool opened = false;
        QVERIFY(
            QMetaObject::invokeMethod(window, "openResident", Q_RETURN_ARG(bool, opened), Q_ARG(QString, residentId)));
        QVERIFY(opened);
        QTest::qWait(600);
        QVERIFY(findItem(window->contentItem(), u"section0"_s, true)); // the record is shown, without "Min akt"
        QVERIFY(!findItem(window->contentItem(), u"showOwnAccess"_s, true));
        QVERIFY(!shell.composition->ownAccess()->open(residentId));
        QVERIFY(shell.composition->ownAccess()->errorText().contains(u"väggskärmen"_s));
        grab(window, u"ownaccess-kiosk-record-without"_s);
        shell.composition->session()->logout();
        const RunResult audit = runAktenctl(
            { u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, u"view.record.own_access"_s });
        QCOMPARE(QJsonDocument::fromJson(audit.out).array().size(), 0);
    }
};

QTEST_MAIN(QualityReviewScreensTest)
#include "qualityreviewscreenstest.moc"
