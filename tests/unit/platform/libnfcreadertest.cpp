// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/libnfcbadgereader.h"

#include "tests/unit/platform/pn532emulator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using akten::platform::BadgeTap;
using akten::platform::LibnfcBadgeReader;
using akten::platform::ReaderState;
using akten::test::Pn532Emulator;

namespace {
constexpr int kTimeoutMs = 5000;
const QByteArray kFirstUid = QByteArray::fromHex("04a1b2c3d4e5f6");
const QByteArray kSecondUid = QByteArray::fromHex("04112233445566");

QString uidOf(const QSignalSpy &presented, qsizetype index)
{
    return presented.at(index).at(0).value<BadgeTap>().uidHex;
}

/** An emulated PN532 and a LibnfcBadgeReader on it, polling fast. */
struct Bench
{
    QTemporaryDir dir;
    Pn532Emulator emulator { dir.filePath(u"pn532"_s) };
    LibnfcBadgeReader reader { u"pn532_uart:"_s + emulator.linkPath(), 40ms };
    QSignalSpy presented { &reader, &LibnfcBadgeReader::badgePresented };
    QSignalSpy removed { &reader, &LibnfcBadgeReader::badgeRemoved };

    Bench() { reader.setRetryInterval(150ms); }
};
} // namespace

/** LibnfcBadgeReader through libnfc's real pn532_uart driver, against Pn532Emulator on a pseudo-terminal. */
class LibnfcReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // libnfc logs protocol errors to stderr; the malformed-frame test provokes plenty of them.
        if (!qEnvironmentVariableIsSet("LIBNFC_LOG_LEVEL")) {
            qputenv("LIBNFC_LOG_LEVEL", "0");
        }
    }

    void readsRemovesAndReconnects()
    {
        Bench bench;
        QVERIFY(bench.dir.isValid());
        QVERIFY(bench.emulator.plugIn());
        bench.reader.start();
        QTRY_COMPARE_WITH_TIMEOUT(bench.reader.state(), ReaderState::Ready, kTimeoutMs);

        bench.emulator.placeCard(kFirstUid);
        QTRY_COMPARE_WITH_TIMEOUT(bench.presented.size(), 1, kTimeoutMs);
        QCOMPARE(uidOf(bench.presented, 0), u"04A1B2C3D4E5F6"_s);
        QCOMPARE(bench.presented.at(0).at(0).value<BadgeTap>().source, u"libnfc"_s);

        // Left on the reader for several more polls: still reported once.
        const int polls = bench.emulator.pollCount();
        QTRY_VERIFY_WITH_TIMEOUT(bench.emulator.pollCount() >= polls + 5, kTimeoutMs);
        QTest::qWait(50); // let the last poll's queued signals arrive
        QCOMPARE(bench.presented.size(), 1);
        QCOMPARE(bench.removed.size(), 0);

        bench.emulator.removeCard();
        QTRY_COMPARE_WITH_TIMEOUT(bench.removed.size(), 1, kTimeoutMs);
        QCOMPARE(bench.removed.at(0).at(0).toString(), u"04A1B2C3D4E5F6"_s);

        bench.emulator.placeCard(kSecondUid);
        QTRY_COMPARE_WITH_TIMEOUT(bench.presented.size(), 2, kTimeoutMs);
        QCOMPARE(uidOf(bench.presented, 1), u"04112233445566"_s);

        // The reader goes away with the card on it: Disconnected, and the card counts as removed.
        bench.emulator.unplug();
        QTRY_COMPARE_WITH_TIMEOUT(bench.reader.state(), ReaderState::Disconnected, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(bench.removed.size(), 2, kTimeoutMs);
        QVERIFY(!bench.reader.stateDetail().isEmpty());
        QVERIFY(!bench.reader.stateDetail().contains(u"04112233445566"_s));

        // It comes back on a new pseudo-terminal behind the same path.
        bench.emulator.placeCard(kFirstUid);
        QVERIFY(bench.emulator.plugIn());
        QTRY_COMPARE_WITH_TIMEOUT(bench.reader.state(), ReaderState::Ready, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(bench.presented.size(), 3, kTimeoutMs);
        QCOMPARE(uidOf(bench.presented, 2), u"04A1B2C3D4E5F6"_s);

        bench.reader.stop();
        QCOMPARE(bench.reader.state(), ReaderState::Stopped);
        // start() again after stop() works.
        bench.reader.start();
        QTRY_COMPARE_WITH_TIMEOUT(bench.reader.state(), ReaderState::Ready, kTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(bench.presented.size(), 4, kTimeoutMs);
    }

    void survivesMalformedFrames_data()
    {
        QTest::addColumn<int>("fault");
        QTest::newRow("bad length checksum") << int(Pn532Emulator::Fault::BadLengthChecksum);
        QTest::newRow("bad data checksum") << int(Pn532Emulator::Fault::BadDataChecksum);
        QTest::newRow("truncated frame") << int(Pn532Emulator::Fault::Truncated);
        QTest::newRow("garbage bytes") << int(Pn532Emulator::Fault::Garbage);
        QTest::newRow("wrong response code") << int(Pn532Emulator::Fault::WrongResponseCode);
        QTest::newRow("oversized length") << int(Pn532Emulator::Fault::OversizedLength);
    }

    void survivesMalformedFrames()
    {
        QFETCH(int, fault);
        Bench bench;
        QVERIFY(bench.emulator.plugIn());
        bench.emulator.placeCard(kFirstUid);
        bench.reader.start();
        QTRY_COMPARE_WITH_TIMEOUT(bench.presented.size(), 1, kTimeoutMs);

        const int polls = bench.emulator.pollCount();
        bench.emulator.setFault(static_cast<Pn532Emulator::Fault>(fault));
        QTRY_VERIFY_WITH_TIMEOUT(
            bench.reader.state() == ReaderState::Disconnected || bench.emulator.pollCount() >= polls + 10, kTimeoutMs);
        QTest::qWait(300); // a few attempts to reopen the misbehaving reader
        QVERIFY(!bench.reader.stateDetail().contains(u"04A1B2C3D4E5F6"_s));

        bench.emulator.setFault(Pn532Emulator::Fault::None);
        QTRY_COMPARE_WITH_TIMEOUT(bench.reader.state(), ReaderState::Ready, kTimeoutMs);
        // A disconnect reported the card removed; once recovered the card on the reader is read again.
        QTRY_COMPARE_WITH_TIMEOUT(bench.presented.size(), bench.removed.size() + 1, kTimeoutMs);
        QCOMPARE(uidOf(bench.presented, bench.presented.size() - 1), u"04A1B2C3D4E5F6"_s);

        bench.emulator.removeCard();
        const qsizetype removedBefore = bench.removed.size();
        QTRY_COMPARE_WITH_TIMEOUT(bench.removed.size(), removedBefore + 1, kTimeoutMs);
    }
};

QTEST_GUILESS_MAIN(LibnfcReaderTest)
#include "libnfcreadertest.moc"
