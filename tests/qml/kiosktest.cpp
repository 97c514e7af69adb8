// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The wall kiosk through the real screens: idle, the unit board without names; a badge, the PIN typed on the
// keypad, "Dina insatser", one signature by touch, "Klar" logs out; then a second person walks away and the kiosk
// logs out by itself after 20 seconds, warning from 5. The audit log says what happened.
#include "tests/qml/shelltesthelpers.h"
#include "tests/support/manualclock.h"

#include "app/core/caretime.h"
#include "app/models/boardmodel.h"
#include "app/models/journalnotecontroller.h"
#include "app/models/nowmodel.h"
#include "app/shell/composition.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include <QFile>
#include <QPointingDevice>
#include <QQuickStyle>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

class KioskTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QPointingDevice *m_touch = nullptr;

    void touch(QQuickWindow *window, const QString &objectName) { touchTap(window, m_touch, objectName); }
    void typePin(QQuickWindow *window, const QString &pin)
    {
        for (const QChar digit : pin) {
            touch(window, u"key"_s + digit);
        }
        touch(window, u"pinOk"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        m_touch = QTest::createTouchDevice();
    }

    void badgePinSignDoneThenWalkAway()
    {
        ManualClock clock(core::careInstantMs(core::careToday(), QTime(8, 10)));
        ManualMonotonicClock monotonic;
        const QString dir = m_tmp.filePath(u"kiosk"_s);
        {
            shell::ShellOptions options { dir, {}, true, true, {} };
            options.clock = &clock;
            Shell shell(options, nullptr, &monotonic);
            QQuickWindow *window = shell.window;
            QVERIFY(window && QTest::qWaitForWindowExposed(window));
            QCOMPARE(window->width(), 1080);
            SessionController *session = shell.composition->session();
            QVERIFY(session->kiosk());

            // Idle: the board of the unit, nobody named.
            BoardModel *board = shell.composition->board();
            QTRY_VERIFY(board->rowCount() > 0);
            QVERIFY(board->anonymous());
            QVERIFY(findItem(window->contentItem(), u"kioskBoard"_s, true));
            // A room ("Rum 12", "Lägenhet 3") or initials ("M. L."), never a name.
            static const QRegularExpression roomOrInitials(u"^((Rum|Lägenhet) \\d+|\\p{Lu}\\. \\p{Lu}\\.)$"_s);
            for (int row = 0; row < board->rowCount(); ++row) {
                const QString label = board->index(row).data(BoardModel::LabelRole).toString();
                QVERIFY2(roomOrInitials.match(label).hasMatch(), qPrintable(label));
                QVERIFY(board->index(row).data(BoardModel::DetailRole).toString().isEmpty());
            }
            grab(window, u"kiosk-idle-board"_s);

            // Badge, PIN on the keypad, "Dina insatser", one tap signs, "Klar" logs out.
            QVERIFY(session->tapDemoBadge(u"04DE0000000002"_s)); // Anna Berg
            QTRY_COMPARE(session->state(), SessionController::PinEntry);
            grab(window, u"kiosk-pin"_s);
            typePin(window, u"246802"_s);
            QTRY_COMPARE(session->state(), SessionController::Active);
            NowModel *now = shell.composition->now();
            QTRY_VERIFY(now->dueCount() > 0);
            const int due = now->dueCount();
            QVERIFY(!findItem(window->contentItem(), u"headerNewNote"_s, true)); // [kiosk] journal_notes is off
            grab(window, u"kiosk-your-insatser"_s);
            touch(window, u"signButton"_s);
            QTRY_COMPARE(now->dueCount(), due - 1);
            grab(window, u"kiosk-signed"_s);
            touch(window, u"kioskDone"_s);
            QTRY_COMPARE(session->state(), SessionController::LoggedOut);
            QTRY_VERIFY(findItem(window->contentItem(), u"kioskBoard"_s, true));

            // The next person walks away: a countdown from 5 s, then the kiosk logs out by itself.
            QVERIFY(session->tapDemoBadge(u"04DE0000000003"_s)); // Fatima Hassan
            QTRY_COMPARE(session->state(), SessionController::PinEntry);
            typePin(window, u"246803"_s);
            QTRY_COMPARE(session->state(), SessionController::Active);
            monotonic.advance(16'000);
            QTRY_VERIFY(findItem(window->contentItem(), u"logoutCountdown"_s, true));
            QTRY_COMPARE(session->logoutCountdown(), 4);
            grab(window, u"kiosk-countdown"_s);
            monotonic.advance(4'000);
            QTRY_COMPARE(session->state(), SessionController::LoggedOut);
            QVERIFY(session->message().contains(u"loggades ut"_s));
        }
        // The audit log has both sessions, the signature and the kiosk's own logout.
        platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(dir).path);
        auto opened = store::DeviceStore::open(dir, keys, clock);
        QVERIFY(opened);
        QStringList actions;
        for (const auto &e : store::AuditLog(opened.value().db()).events().value()) {
            actions << e.action + u':' + e.detail;
        }
        QCOMPARE(actions.filter(u"auth.login:"_s).size(), 2);
        QCOMPARE(actions.filter(u"write.signature:done"_s).size(), 1);
        QCOMPARE(actions.filter(u"auth.logout:logout"_s).size(), 1); // "Klar"
        QCOMPARE(actions.filter(u"auth.logout:kiosk idle"_s).size(), 1); // walked away
        QVERIFY(actions.filter(u"view.board.kiosk:"_s).size() >= 2); // idle at start and after "Klar"
    }

    /** With [kiosk] journal_notes = true the kiosk offers "Ny anteckning" on each card: one column, saved. */
    void journalNoteWhenTheUnitAllowsIt()
    {
        const QString dir = m_tmp.filePath(u"kiosk-notes"_s);
        const QString conf = m_tmp.filePath(u"kiosk-notes.conf"_s);
        QFile file(conf);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[kiosk]\njournal_notes=true\n");
        file.close();
        ManualClock clock(core::careInstantMs(core::careToday(), QTime(8, 10)));
        shell::ShellOptions options { dir, {}, true, true, conf };
        options.clock = &clock;
        Shell shell(options);
        QQuickWindow *window = shell.window;
        QVERIFY(window && QTest::qWaitForWindowExposed(window));
        SessionController *session = shell.composition->session();
        QVERIFY(session->tapDemoBadge(u"04DE0000000002"_s));
        QTRY_COMPARE(session->state(), SessionController::PinEntry);
        typePin(window, u"246802"_s);
        QTRY_COMPARE(session->state(), SessionController::Active);
        touch(window, u"headerNewNote"_s);
        QTRY_VERIFY(findItem(window->contentItem(), u"notePage"_s, true));
        QTest::qWait(600); // the StackView push transition
        JournalNoteController *note = shell.composition->note();
        QVERIFY(note->isOpen());
        findItem(window->contentItem(), u"noteText"_s, true)->forceActiveFocus();
        for (const QChar c : u"Ville vila efter frukosten."_s) {
            QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
        QTRY_COMPARE(note->text(), u"Ville vila efter frukosten."_s);
        grab(window, u"kiosk-note"_s);
        platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(dir).path);
        const auto journalWrites = [&] {
            auto opened = store::DeviceStore::open(dir, keys, clock);
            QStringList actions;
            for (const auto &e :
                opened ? store::AuditLog(opened.value().db()).events().value() : QList<core::AuditEvent> {}) {
                actions << e.action;
            }
            return actions.filter(u"write.journal"_s).size();
        };
        const qsizetype before = journalWrites();
        QVERIFY(before > 0); // the demo's month of history
        touch(window, u"noteSave"_s);
        QTRY_VERIFY(!note->isOpen());
        QTRY_VERIFY(!findItem(window->contentItem(), u"notePage"_s, true));
        QCOMPARE(journalWrites(), before + 1);
    }
};

QTEST_MAIN(KioskTest)
#include "kiosktest.moc"
