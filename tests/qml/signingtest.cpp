// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Signing through the real Nu screen with touch events, on a demo store seeded as of 08:10 care time: sign one insats
// (one tap), undo it, not done with a reason (and the refusal when "Annan orsak" has no words), sign all of a
// resident's, Makulera, and the keyboard path (Space on the first due insats, then Ångra within reach). Afterwards
// the real aktenctl finds the records in `stats` and `audit`.
#include "tests/qml/shelltesthelpers.h"
#include "tests/support/manualclock.h"

#include "tests/integration/clirunner.h"

#include "app/core/caretime.h"
#include "app/models/nowmodel.h"
#include "app/shell/composition.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointingDevice>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;
using namespace akten::test;

class SigningTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QPointingDevice *m_touch = nullptr;

    void touch(QQuickWindow *window, QQuickItem *item) { touchTap(window, m_touch, item); }
    void touch(QQuickWindow *window, const QString &objectName) { touchTap(window, m_touch, objectName); }
    /** The visible item called `objectName` in the delegate of `row`. */
    static QQuickItem *inRow(QQuickWindow *window, int row, const QString &objectName)
    {
        auto *list = qobject_cast<QQuickItem *>(findItem(window->contentItem(), u"nowList"_s));
        if (!list) {
            return nullptr;
        }
        QQuickItem *delegate = nullptr;
        QMetaObject::invokeMethod(list, "positionViewAtIndex", Q_ARG(int, row), Q_ARG(int, 2 /* Contain */));
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, delegate), Q_ARG(int, row));
        return delegate ? findItem(delegate, objectName, true) : nullptr;
    }
    static int firstRow(NowModel *now, const std::function<bool(const QModelIndex &)> &wanted)
    {
        for (int row = 0; row < now->rowCount(); ++row) {
            if (wanted(now->index(row))) {
                return row;
            }
        }
        return -1;
    }
    static QString statusOf(NowModel *now, const QString &key)
    {
        const auto hit = now->match(now->index(0), NowModel::KeyRole, key, 1, Qt::MatchExactly);
        return hit.isEmpty() ? QString() : hit.constFirst().data(NowModel::StatusRole).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        m_touch = QTest::createTouchDevice();
    }

    void signUndoNotDoneSignAllAndRetractByTouch()
    {
        ManualClock clock(core::careInstantMs(core::careToday(), QTime(8, 10)));
        const QString dir = m_tmp.filePath(u"store"_s);
        {
            shell::ShellOptions options { dir, {}, true, false, {} };
            options.clock = &clock;
            Shell shell(options);
            QQuickWindow *window = shell.window;
            QVERIFY(window && QTest::qWaitForWindowExposed(window));
            login(*shell.composition, u"04DE0000000001"_s, u"246801"_s); // Helena Strand, Björkgården's manager
            RETURN_IF_FAILED();
            NowModel *now = shell.composition->now();
            QTRY_VERIFY(now->rowCount() > 0);
            QVERIFY(now->dueCount() > 0);
            grab(window, u"now-01-morning"_s);

            // One tap signs; the row says so at once; Ångra for a few seconds.
            const int due = firstRow(now, [](const QModelIndex &i) {
                return i.data(NowModel::SignableRole).toBool() && !i.data(NowModel::AsNeededRole).toBool()
                    && i.data(NowModel::SectionRole).toInt() <= int(NowModel::Section::NowSection);
            });
            QVERIFY(due >= 0);
            const QString key = now->index(due).data(NowModel::KeyRole).toString();
            const QString insats = now->index(due).data(NowModel::DescriptionRole).toString();
            touch(window, inRow(window, due, u"signButton"_s));
            QTRY_VERIFY(statusOf(now, key).startsWith(u"Utförd 08:10 · Helena Strand"_s));
            QVERIFY(now->undoAvailable());
            QVERIFY(now->undoText().startsWith(u"Signerat: "_s + insats));
            grab(window, u"now-02-signed-undo"_s);
            touch(window, u"undoButton"_s);
            QTRY_VERIFY(!now->undoAvailable());
            QTRY_VERIFY(!statusOf(now, key).startsWith(u"Utförd"_s)); // retracted: open again, still signable
            QVERIFY(now->message().startsWith(u"Ångrat"_s));

            // Not done: "Annan orsak" without words is refused at the field, nothing saved; then with words.
            const int row = now->match(now->index(0), NowModel::KeyRole, key, 1, Qt::MatchExactly).constFirst().row();
            touch(window, inRow(window, row, u"notDoneButton"_s));
            touch(window, u"reason4"_s);
            touch(window, u"reasonSave"_s);
            QQuickItem *error = findItem(window->contentItem(), u"reasonError"_s, true);
            QVERIFY(error);
            QCOMPARE(error->property("text").toString(), u"Skriv orsaken med egna ord."_s);
            grab(window, u"now-03-not-done-refused"_s);
            QVERIFY(!statusOf(now, key).startsWith(u"Ej utförd"_s));
            touch(window, u"reason1"_s); // Avböjde
            QQuickItem *comment = findItem(window->contentItem(), u"reasonComment"_s, true);
            QVERIFY(comment);
            comment->forceActiveFocus();
            for (const QChar c : u"Jag erbjöd igen."_s) {
                QTest::sendKeyEvent(QTest::Click, window, Qt::Key_unknown, QString(c), Qt::NoModifier);
            }
            touch(window, u"reasonSave"_s);
            QTRY_COMPARE(statusOf(now, key), u"Ej utförd · Avböjde"_s);
            QVERIFY(!findItem(window->contentItem(), u"reasonSave"_s, true)); // the sheet closed
            grab(window, u"now-04-not-done"_s);

            // Makulera a signed row with a reason (the manager may, for anyone's signature): it stays, struck
            // through, and is open again. Its resident then has two overdue insatser: "Signera alla (2)".
            const QString notDoneResident = now->index(row).data(NowModel::ResidentIdRole).toString();
            int signedRow = -1;
            for (int r = 0; r < now->rowCount() && signedRow < 0; ++r) {
                const QModelIndex i = now->index(r);
                const QString resident = i.data(NowModel::ResidentIdRole).toString();
                const bool hasOverdue = firstRow(now, [&](const QModelIndex &o) {
                    return o.data(NowModel::ResidentIdRole).toString() == resident && resident != notDoneResident
                        && o.data(NowModel::SignableRole).toBool()
                        && o.data(NowModel::SectionRole).toInt() == int(NowModel::Section::MissedOverdueSection);
                }) >= 0;
                if (hasOverdue && i.data(NowModel::RetractableRole).toBool()
                    && i.data(NowModel::StatusRole).toString().startsWith(u"Utförd"_s)) {
                    signedRow = r;
                }
            }
            QVERIFY(signedRow >= 0);
            const QString signedKey = now->index(signedRow).data(NowModel::KeyRole).toString();
            const QString twice = now->index(signedRow).data(NowModel::ResidentIdRole).toString();
            touch(window, inRow(window, signedRow, u"retractButton"_s));
            grab(window, u"now-05-retract-sheet"_s);
            touch(window, u"reason4"_s); // Fel tid
            touch(window, u"reasonSave"_s);
            QTRY_VERIFY(!statusOf(now, signedKey).startsWith(u"Utförd"_s));
            const auto after = now->match(now->index(0), NowModel::KeyRole, signedKey, 1, Qt::MatchExactly);
            QVERIFY(after.constFirst().data(NowModel::DetailRole).toString().contains(u"Makulerad signering av"_s));

            QVERIFY(QMetaObject::invokeMethod(window, "showNow")); // opened again: the retracted row is overdue
            const int header = firstRow(now, [&](const QModelIndex &i) {
                return i.data(NowModel::ResidentIdRole).toString() == twice
                    && i.data(NowModel::ResidentHeaderRole).toBool()
                    && i.data(NowModel::SectionRole).toInt() == int(NowModel::Section::MissedOverdueSection);
            });
            QVERIFY(header >= 0);
            QCOMPARE(now->index(header).data(NowModel::ResidentSignableRole).toInt(), 2);
            const int dueBefore = now->dueCount();
            touch(window, inRow(window, header, u"signAllButton"_s));
            QTRY_COMPARE(now->dueCount(), dueBefore - 2);
            QVERIFY(now->undoText().startsWith(u"Signerat: 2 insatser"_s));
            grab(window, u"now-06-signed-all"_s);

            // Keyboard: the first due insats has focus after opening Nu; Space signs it; Ångra is next.
            QVERIFY(QMetaObject::invokeMethod(window, "showNow"));
            QTRY_VERIFY(window->activeFocusItem() && window->activeFocusItem()->objectName() == u"signButton"_s);
            const int before = now->dueCount();
            QTest::keyClick(window, Qt::Key_Space);
            QTRY_COMPARE(now->dueCount(), before - 1);
            QTRY_VERIFY(window->activeFocusItem() && window->activeFocusItem()->objectName() == u"undoButton"_s);
            QTest::keyClick(window, Qt::Key_Return);
            QTRY_COMPARE(now->dueCount(), before);
            // The unit manager saves the month's signing list as a PDF from the record's signing section.
            bool opened = false;
            QVERIFY(QMetaObject::invokeMethod(window, "openResident", Q_RETURN_ARG(bool, opened),
                Q_ARG(QString, now->index(0).data(NowModel::ResidentIdRole).toString())));
            QVERIFY(opened);
            QTest::qWait(600); // the StackView push transition
            QVERIFY(QMetaObject::invokeMethod(window, "showSection", Q_ARG(int, 4)));
            touch(window, u"exportMonth"_s);
            QQuickItem *notice = nullptr;
            QTRY_VERIFY((notice = findItem(window->contentItem(), u"exportNotice"_s, true)) != nullptr);
            const QString text = notice->property("text").toString();
            QVERIFY2(text.startsWith(u"Månadslistan är sparad"_s), qPrintable(text));
            QVERIFY(QFile::exists(text.section(u": "_s, 1)));
            grab(window, u"now-07-month-pdf-saved"_s);
            shell.composition->session()->logout();
        }
        const RunResult exports
            = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, u"export.signing_list"_s });
        QCOMPARE(QJsonDocument::fromJson(exports.out).array().size(), 1);

        // The real aktenctl finds what was written through the screen.
        const RunResult stats = runAktenctl({ u"stats"_s, u"--data-dir"_s, dir, u"--json"_s });
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
        QVERIFY(counts.value(u"signature_retractions"_s).toInt() >= 4); // the demo's 2, the undo, Makulera, Ångra
        const RunResult audit
            = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, u"write.signature"_s });
        QCOMPARE(audit.exitCode, 0);
        const RunResult logins
            = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, u"auth.login"_s });
        const qint64 loginSeq = QJsonDocument::fromJson(logins.out).array().first()[u"seq"_s].toInteger();
        int signatures = 0;
        int retractions = 0;
        for (const QJsonValue &event : QJsonDocument::fromJson(audit.out).array()) {
            if (event[u"seq"_s].toInteger() < loginSeq) {
                continue; // the demo's history
            }
            const QString action = event.toObject().value(u"action"_s).toString();
            signatures += action == u"write.signature"_s;
            retractions += action == u"write.signature_retraction"_s;
            QCOMPARE(event.toObject().value(u"role"_s).toString(), u"unit_manager"_s);
        }
        QCOMPARE(signatures, 5); // signed, not done, two at once, signed by keyboard
        QCOMPARE(retractions, 3); // Ångra, Makulera, Ångra by keyboard
        const RunResult journal
            = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s, u"--action"_s, u"write.journal"_s });
        int entries = 0;
        for (const QJsonValue &event : QJsonDocument::fromJson(journal.out).array()) {
            entries += event[u"seq"_s].toInteger() > loginSeq;
        }
        QCOMPARE(entries, 1); // the not-done deviation entry
    }
};

QTEST_MAIN(SigningTest)
#include "signingtest.moc"
