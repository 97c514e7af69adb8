// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The unit manager's screens in the real shell: loggkontroll (filters, highlights, CSV export) and Brickor (enrol a
// new badge through the simulated reader, the PIN rules on the way). Saves screenshots to look at.
#include "tests/qml/shelltesthelpers.h"

#include "app/models/enrolmentcontroller.h"
#include "app/models/logcontrolmodel.h"
#include "app/store/devicestore.h"
#include "app/store/integrityrepository.h"
#include "app/store/masterdatarepository.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QQuickStyle>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace akten::test;

class AdminScreensTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static void layouts()
    {
        QTest::addColumn<bool>("kiosk");
        QTest::addColumn<QString>("prefix");
        QTest::newRow("tablet") << false << u"tablet"_s;
        QTest::newRow("kiosk") << true << u"kiosk"_s;
    }

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(u"Basic"_s); }

    void logControlScreens_data() { layouts(); }
    void logControlScreens()
    {
        QFETCH(bool, kiosk);
        QFETCH(QString, prefix);
        Shell shell({ m_tmp.filePath(u"store"_s), {}, true, kiosk, {} });
        akten::shell::Composition &composition = *shell.composition;
        QQuickWindow *window = shell.window;
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // What the last sync brought: an open tamper alarm and a decided one, on another tablet of every unit here.
        const QString dir = m_tmp.filePath(u"store"_s);
        akten::core::SystemClock clock;
        akten::platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(dir).path);
        auto opened = akten::store::DeviceStore::open(dir, keys, clock);
        QVERIFY(opened);
        QStringList units;
        for (const auto &unit : akten::store::MasterDataRepository(opened.value().db()).units().value()) {
            units << akten::core::idToString(unit.id);
        }
        const qint64 now = clock.nowMs();
        QVERIFY(akten::store::IntegrityRepository(opened.value().db())
                    .replace({ { u"019b76da-a800-7046-a966-7336af9d2f41"_s, units, 3,
                                   { { 12, u"content_altered"_s, now - 3'600'000, {}, 0 } } },
                                 { u"019b76da-a800-7046-a966-7336af9d7c05"_s, units, 0,
                                     { { 7, u"unreadable"_s, now - 86'400'000, u"release"_s, now - 80'000'000 } } } },
                        now - 120'000));
        login(composition, u"04DE0000000001"_s, u"246801"_s); // Helena Strand, enhetschef at Björkgården
        RETURN_IF_FAILED();
        QTest::qWait(200); // the header lays out its new buttons
        tap(window, u"logControlButton"_s);
        RETURN_IF_FAILED();
        QTest::qWait(600);
        LogControlModel *log = composition.logControl();
        QVERIFY2(log->rowCount() > 0, qPrintable(log->errorText()));
        QCOMPARE(log->index(0).data(LogControlModel::ActionCodeRole).toString(), u"view.log_control"_s);
        QCOMPARE(log->alarms()->count(), 2);
        QCOMPARE(log->alarms()->openCount(), 1);
        QQuickItem *alarmList = findItem(window->contentItem(), u"alarmList"_s);
        QVERIFY(alarmList);
        QCOMPARE(alarmList->property("count").toInt(), 2);
        QVERIFY(findItem(window->contentItem(), u"alarmStatus"_s)
                    ->property("text")
                    .toString()
                    .contains(u"Senast hämtat"_s));
        grab(window, prefix + u"-20-log-control"_s);
        // The resident menu reads the choices model: picking the second entry filters by that resident's id.
        QQuickItem *residentMenu = findItem(window->contentItem(), u"residentFilter"_s);
        QVERIFY(residentMenu);
        QCOMPARE(residentMenu->property("currentText").toString(), u"Alla boende"_s);
        const QString picked = log->residentChoices()->index(1).data(FilterChoiceListModel::ValueRole).toString();
        QVERIFY(!picked.isEmpty());
        residentMenu->setProperty("currentIndex", 1);
        QVERIFY(QMetaObject::invokeMethod(residentMenu, "activated", Q_ARG(int, 1)));
        QCOMPARE(log->property("residentFilter").toString(), picked);
        log->setProperty("residentFilter", QString());
        log->setProperty("periodDays", 0);
        log->setProperty("onlyFlagged", true);
        QVERIFY(log->rowCount() > 0);
        grab(window, prefix + u"-21-log-control-flagged"_s);
        const QString path = log->exportCsv();
        QVERIFY(!path.isEmpty());
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), log->rowCount() + 1);
        QCOMPARE(csv.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions {});
    }

    void enrolmentScreens_data() { layouts(); }
    void enrolmentScreens()
    {
        QFETCH(bool, kiosk);
        QFETCH(QString, prefix);
        Shell shell({ m_tmp.filePath(u"store"_s), {}, true, kiosk, {} });
        akten::shell::Composition &composition = *shell.composition;
        QQuickWindow *window = shell.window;
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        login(composition, u"04DE0000000001"_s, u"246801"_s); // Helena Strand, enhetschef
        RETURN_IF_FAILED();
        QTest::qWait(200);
        tap(window, u"enrolmentButton"_s);
        RETURN_IF_FAILED();
        QTest::qWait(600);
        EnrolmentController *enrolment = composition.enrolment();
        StaffBadgeListModel *staff = enrolment->staff();
        QAbstractItemModelTester tester(staff, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(staff->count() >= 9); // Björkgården's staff, Eva (SAS) included
        QCOMPARE(staff->index(1).data(StaffBadgeListModel::BadgeStateRole).toInt(), StaffBadgeListModel::Active);
        const QString enrolled = staff->index(1).data(StaffBadgeListModel::NameRole).toString();
        grab(window, prefix + u"-30-badges"_s);
        tap(window, u"enrol1"_s);
        RETURN_IF_FAILED();
        QCOMPARE(enrolment->step(), EnrolmentController::WaitingForBadge);
        QCOMPARE(enrolment->selectedName(), enrolled);
        grab(window, prefix + u"-31-badges-tap-new"_s);
        tap(window, u"demoNewBadge"_s); // the next tap goes to the enrolment, not to the login
        RETURN_IF_FAILED();
        QCOMPARE(enrolment->step(), EnrolmentController::ChoosePin);
        QCOMPARE(composition.session()->state(), SessionController::Active);
        for (const QString &attempt : { u"123456"_s, u"123456"_s, u"482915"_s, u"482915"_s }) {
            QQuickItem *pad = findItem(window->contentItem(), u"enrolPinPad"_s);
            QVERIFY(pad);
            pad->setProperty("pin", attempt);
            QVERIFY(QMetaObject::invokeMethod(pad, "submit"));
        }
        QVERIFY2(!enrolment->messageIsError(), qPrintable(enrolment->message()));
        QVERIFY(enrolment->message().contains(u"registrerad"_s));
        QCOMPARE(enrolment->step(), EnrolmentController::Idle);
        QCOMPARE(staff->index(1).data(StaffBadgeListModel::BadgeStateRole).toInt(), StaffBadgeListModel::Active);
        grab(window, prefix + u"-32-badges-enrolled"_s);
    }
};

QTEST_MAIN(AdminScreensTest)
#include "adminscreenstest.moc"
