// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Drives the real login screen offscreen with taps: a demo badge on the simulated reader, a wrong PIN, the right
// PIN, the idle lock (on a monotonic clock the test moves), unlocking, and tapping out. Saves screenshots.
#include "tests/qml/shelltesthelpers.h"
#include "tests/support/manualclock.h"

#include "app/auth/sessionmanager.h"
#include "app/models/residentlistmodel.h"
#include "app/models/sessioncontroller.h"
#include "app/shell/composition.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include "app/core/clock.h"

#include <QDir>
#include <QFile>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

class LoginTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    static void typePin(QQuickWindow *window, const QString &pin)
    {
        for (const QChar digit : pin) {
            tap(window, u"key"_s + digit);
        }
        tap(window, u"pinOk"_s);
    }

private Q_SLOTS:
    void initTestCase() { QQuickStyle::setStyle(u"Basic"_s); }

    void loginWrongPinRightPinIdleLockAndTapOut()
    {
        akten::test::ManualMonotonicClock clock;
        Shell shell({ m_tmp.filePath(u"store"_s), {}, true, false, {} }, QCoreApplication::instance(), &clock);
        akten::shell::Composition &composition = *shell.composition;
        QVERIFY(composition.startupError().isEmpty());
        QQuickWindow *window = shell.window;
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        SessionController *session = composition.session();
        QQuickItem *stack = window->findChild<QQuickItem *>(u"mainStack"_s);
        QVERIFY(stack);

        QCOMPARE(session->state(), SessionController::LoggedOut);
        QVERIFY(!stack->isVisible()); // nothing but the login page before login
        QCOMPARE(composition.residents()->rowCount(), 0);

        tap(window, u"demoBadge1"_s); // Anna Berg, undersköterska at Björkgården
        QTRY_COMPARE(session->state(), SessionController::PinEntry);
        QCOMPARE(session->pendingName(), u"Anna Berg"_s);
        grab(window, u"login-01-pin-entry"_s);

        typePin(window, u"135790"_s);
        QTRY_VERIFY(session->message().contains(u"4 försök"_s));
        QCOMPARE(session->state(), SessionController::PinEntry);
        grab(window, u"login-02-wrong-pin"_s);

        typePin(window, u"246802"_s);
        QTRY_COMPARE(session->state(), SessionController::Active);
        QVERIFY(stack->isVisible());
        QVERIFY(composition.residents()->rowCount() > 0);
        for (int row = 0; row < composition.residents()->rowCount(); ++row) {
            QCOMPARE(
                composition.residents()->index(row).data(ResidentListModel::UnitNameRole).toString(), u"Björkgården"_s);
        }
        grab(window, u"login-03-logged-in"_s);

        // Idle for five minutes (the tablet default): the screen locks and shows nothing of the residents.
        clock.advance(5 * 60 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), SessionController::Locked, 3000);
        QVERIFY(!stack->isVisible());
        grab(window, u"login-04-locked"_s);

        tap(window, u"demoBadge1"_s);
        QTRY_COMPARE(session->state(), SessionController::PinEntry);
        typePin(window, u"246802"_s);
        QTRY_COMPARE(session->state(), SessionController::Active);
        QVERIFY(stack->isVisible());

        // Tapping the same badge again logs out.
        QVERIFY(session->tapDemoBadge(u"04DE0000000002"_s));
        QCOMPARE(session->state(), SessionController::LoggedOut);
        QVERIFY(!stack->isVisible());
        QCOMPARE(composition.residents()->rowCount(), 0);
        QVERIFY(session->message().contains(u"utloggad"_s));
        grab(window, u"login-05-logged-out"_s);
    }

    /**
     * A USB keyboard-wedge reader types the badge number in upper-case hex, holding Shift around each letter, and
     * ends with Enter: the real key sequence goes through the app's window (Qt's window-system path, as from X11),
     * the PIN screen comes up for the badge's owner and the login is in the audit log.
     */
    void wedgeReaderTypingUpperCaseHexLogsIn()
    {
        const QString dir = m_tmp.filePath(u"wedge"_s);
        const QString conf = m_tmp.filePath(u"wedge.conf"_s);
        {
            QFile file(conf);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[reader]\nbackend=wedge\n");
        }
        {
            Shell shell({ dir, {}, true, false, conf }, QCoreApplication::instance());
            QVERIFY(shell.composition->startupError().isEmpty());
            QQuickWindow *window = shell.window;
            QVERIFY(window);
            QVERIFY(QTest::qWaitForWindowExposed(window));
            SessionController *session = shell.composition->session();
            QVERIFY(session->readerReady());
            for (const char c : QByteArrayLiteral("04DE0000000002")) {
                if (c >= 'A' && c <= 'F') {
                    // Shift down, the letter with Shift, the letter up, Shift up: what X11 delivers for a reader.
                    QTest::keyPress(window, c, Qt::ShiftModifier);
                    QTest::keyRelease(window, c, Qt::ShiftModifier);
                } else {
                    QTest::keyClick(window, c);
                }
            }
            QTest::keyClick(window, Qt::Key_Return);
            QTRY_COMPARE(session->state(), SessionController::PinEntry);
            QCOMPARE(session->pendingName(), u"Anna Berg"_s);
            typePin(window, u"246802"_s);
            QTRY_COMPARE(session->state(), SessionController::Active);
            session->logout();
        }
        platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(dir).path);
        const core::SystemClock clock;
        auto opened = store::DeviceStore::open(dir, keys, clock);
        QVERIFY(opened);
        store::AuditFilter filter;
        filter.actionPrefix = u"auth.login"_s;
        const auto logins = store::AuditLog(opened.value().db()).events(filter);
        QVERIFY(logins);
        QCOMPARE(logins.value().size(), 1);
    }
};

QTEST_MAIN(LoginTest)
#include "logintest.moc"
