// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/keyboardwedgereader.h"
#include "platform/simulatedbadgereader.h"
#include "platform/wedgedecoder.h"

#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>
#include <QWindow>

using namespace Qt::StringLiterals;
using akten::platform::BadgeTap;
using akten::platform::KeyboardWedgeReader;
using akten::platform::WedgeDecoder;
using akten::platform::WedgeFormat;
using akten::platform::WedgeTerminator;
using Step = WedgeDecoder::Step;

namespace {
/** A window that records the text of the key presses that reach it. */
class RecordingWindow : public QWindow
{
public:
    QString typed;
    int enters = 0;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Return) {
            ++enters;
        } else {
            typed += event->text();
        }
    }
};

void press(QWindow &window, int key, const QString &text)
{
    QKeyEvent event(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(&window, &event);
}

void typeFast(QWindow &window, const QString &text)
{
    for (const QChar c : text) {
        press(window, c.isDigit() ? Qt::Key_0 + c.digitValue() : Qt::Key_A + (c.toUpper().unicode() - 'A'), c);
    }
}

/** As a USB reader types on X11: Shift pressed, the upper-case letter with Shift, Shift released, for each letter. */
void typeLikeAReader(QWindow &window, const QString &text)
{
    for (const QChar c : text) {
        if (c.isDigit()) {
            press(window, Qt::Key_0 + c.digitValue(), c);
            continue;
        }
        QKeyEvent shiftDown(QEvent::KeyPress, Qt::Key_Shift, Qt::ShiftModifier);
        QCoreApplication::sendEvent(&window, &shiftDown);
        QKeyEvent letter(QEvent::KeyPress, Qt::Key_A + (c.unicode() - 'A'), Qt::ShiftModifier, c);
        QCoreApplication::sendEvent(&window, &letter);
        QKeyEvent shiftUp(QEvent::KeyRelease, Qt::Key_Shift, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &shiftUp);
    }
}
} // namespace

class WedgeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fastHexThenEnterIsABadge()
    {
        WedgeDecoder decoder;
        qint64 t = 1000;
        for (const QChar c : u"04a1b2c3d4e5f6"_s) {
            QCOMPARE(decoder.character(c, t += 8), Step::Held);
        }
        QCOMPARE(decoder.terminate(t + 8), Step::Badge);
        QCOMPARE(decoder.uid(), u"04A1B2C3D4E5F6"_s);
        QCOMPARE(decoder.heldCount(), 0);
    }

    void personTypingIsNotABadge()
    {
        WedgeDecoder decoder;
        QCOMPARE(decoder.character(QLatin1Char('1'), 1000), Step::Held);
        QCOMPARE(decoder.character(QLatin1Char('2'), 1150), Step::Human); // 150 ms: a person
        decoder.reset();
        QCOMPARE(decoder.timeout(1160), Step::Pass);
        QCOMPARE(decoder.character(QLatin1Char('3'), 1200), Step::Held);
        QCOMPARE(decoder.timeout(1300), Step::Human);
    }

    void shortOrSlowEnterIsNotABadge()
    {
        WedgeDecoder decoder;
        qint64 t = 0;
        for (const QChar c : u"123456"_s) { // 6 characters: below minChars
            decoder.character(c, t += 5);
        }
        QCOMPARE(decoder.terminate(t + 5), Step::Human);
        decoder.reset();
        for (const QChar c : u"04A1B2C3"_s) {
            decoder.character(c, t += 5);
        }
        QCOMPARE(decoder.terminate(t + 200), Step::Human); // Enter long after the number
        QCOMPARE(decoder.terminate(t + 300), Step::Human);
        decoder.reset();
        QCOMPARE(decoder.terminate(t + 400), Step::Pass);
    }

    void lettersAndOverlongInputAreHuman()
    {
        WedgeDecoder decoder;
        QCOMPARE(decoder.character(QLatin1Char('x'), 0), Step::Pass);
        QCOMPARE(decoder.character(QLatin1Char('1'), 1), Step::Held);
        QCOMPARE(decoder.character(QLatin1Char('x'), 2), Step::Human);
        decoder.reset();
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(decoder.character(QLatin1Char('1'), i), Step::Held);
        }
        QCOMPARE(decoder.character(QLatin1Char('1'), 21), Step::Human);
    }

    void decimalReadersGiveFourByteUids()
    {
        WedgeDecoder decoder(WedgeFormat::Decimal);
        qint64 t = 0;
        for (const QChar c : u"0012345678"_s) {
            QCOMPARE(decoder.character(c, t += 5), Step::Held);
        }
        QCOMPARE(decoder.terminate(t + 5), Step::Badge);
        QCOMPARE(decoder.uid(), u"00BC614E"_s);
        QCOMPARE(decoder.character(QLatin1Char('a'), t + 10), Step::Pass); // hex letters are not decimal
    }

    void readerConsumesBadgeAndGivesBackTyping()
    {
        RecordingWindow window;
        KeyboardWedgeReader reader(&window);
        QSignalSpy presented(&reader, &KeyboardWedgeReader::badgePresented);
        reader.start();

        typeFast(window, u"04A1B2C3D4E5F6"_s);
        press(window, Qt::Key_Return, u"\r"_s);
        QCOMPARE(presented.size(), 1);
        QCOMPARE(presented.at(0).at(0).value<BadgeTap>().uidHex, u"04A1B2C3D4E5F6"_s);
        QCOMPARE(window.typed, QString()); // nothing of the badge number reached the window
        QCOMPARE(window.enters, 0);

        // A person types two digits slowly: both reach the window, in order, within a moment.
        press(window, Qt::Key_4, u"4"_s);
        QTest::qWait(80);
        press(window, Qt::Key_2, u"2"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.typed, u"42"_s, 1000);
        QCOMPARE(presented.size(), 1);

        // A short fast sequence with Enter (a person's paste, a barcode) is given back with its Enter.
        typeFast(window, u"123"_s);
        press(window, Qt::Key_Return, u"\r"_s);
        QCOMPARE(window.typed, u"42123"_s);
        QCOMPARE(window.enters, 1);

        reader.stop();
        typeFast(window, u"04A1B2C3D4E5F6"_s);
        press(window, Qt::Key_Return, u"\r"_s);
        QCOMPARE(presented.size(), 1);
        QCOMPARE(window.typed, u"4212304A1B2C3D4E5F6"_s);
    }

    void upperCaseWithShiftIsABadge()
    {
        RecordingWindow window;
        KeyboardWedgeReader reader(&window);
        QSignalSpy presented(&reader, &KeyboardWedgeReader::badgePresented);
        reader.start();
        typeLikeAReader(window, u"04DE0000000002"_s);
        press(window, Qt::Key_Return, u"\r"_s);
        QCOMPARE(presented.size(), 1);
        QCOMPARE(presented.at(0).at(0).value<BadgeTap>().uidHex, u"04DE0000000002"_s);
        QCOMPARE(window.typed, QString());
        // Lower case from another reader is the same badge.
        typeFast(window, u"04de0000000002"_s);
        press(window, Qt::Key_Return, u"\r"_s);
        QCOMPARE(presented.size(), 2);
        QCOMPARE(presented.at(1).at(0).value<BadgeTap>().uidHex, u"04DE0000000002"_s);
    }

    void tabTerminatedReaders()
    {
        RecordingWindow window;
        KeyboardWedgeReader reader(&window, WedgeFormat::Decimal, WedgeTerminator::Tab);
        QSignalSpy presented(&reader, &KeyboardWedgeReader::badgePresented);
        reader.start();
        typeFast(window, u"0012345678"_s);
        press(window, Qt::Key_Tab, u"\t"_s);
        QCOMPARE(presented.size(), 1);
        QCOMPARE(presented.at(0).at(0).value<BadgeTap>().uidHex, u"00BC614E"_s);
        // Enter is not this reader's terminator: the number is a person's typing and is given back with the Enter.
        typeFast(window, u"0012345678"_s);
        press(window, Qt::Key_Return, u"\r"_s);
        QCOMPARE(presented.size(), 1);
        QCOMPARE(window.typed, u"0012345678"_s);
        QCOMPARE(window.enters, 1);
    }

    void readersWithoutTerminatorEndWithThePause()
    {
        WedgeDecoder decoder(WedgeFormat::Hex, WedgeTerminator::None);
        qint64 t = 0;
        for (const QChar c : u"04DE0000000002"_s) {
            QCOMPARE(decoder.character(c, t += 5), Step::Held);
        }
        QCOMPARE(decoder.timeout(t + 10), Step::Held); // still typing, perhaps
        QCOMPARE(decoder.timeout(t + 40), Step::Badge);
        QCOMPARE(decoder.uid(), u"04DE0000000002"_s);
        QVERIFY(!decoder.isTerminator(Qt::Key_Return));
        // A person's slow digits are still given back.
        QCOMPARE(decoder.character(QLatin1Char('4'), t + 100), Step::Held);
        QCOMPARE(decoder.timeout(t + 200), Step::Human);

        RecordingWindow window;
        KeyboardWedgeReader reader(&window, WedgeFormat::Hex, WedgeTerminator::None);
        QSignalSpy presented(&reader, &KeyboardWedgeReader::badgePresented);
        reader.start();
        typeLikeAReader(window, u"04DE0000000002"_s);
        QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 1, 1000);
        QCOMPARE(window.typed, QString());
    }

    void simulatedReaderReportsEachBadgeOnce()
    {
        akten::platform::SimulatedBadgeReader reader;
        QSignalSpy presented(&reader, &akten::platform::BadgeReader::badgePresented);
        QSignalSpy removed(&reader, &akten::platform::BadgeReader::badgeRemoved);
        QVERIFY(!reader.tap(u"04A1B2C3"_s)); // stopped
        reader.start();
        QVERIFY(!reader.tap(u"not hex"_s));
        QVERIFY(reader.tap(u"04:a1:b2:c3"_s));
        QVERIFY(reader.tap(u"04A1B2C3"_s)); // still lying there
        QCOMPARE(presented.size(), 1);
        QVERIFY(reader.tap(u"04A1B2C4"_s)); // another badge: the first is taken away
        QCOMPARE(removed.size(), 1);
        QCOMPARE(presented.size(), 2);
        reader.remove();
        QCOMPARE(removed.size(), 2);
    }
};

QTEST_MAIN(WedgeTest)
#include "wedgetest.moc"
