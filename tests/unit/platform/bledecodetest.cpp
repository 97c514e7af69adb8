// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/blebadgereader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using akten::platform::BleBadgeReader;
using akten::platform::ReaderState;

namespace {
const QString kAddress = u"00:11:22:33:44:55"_s;
const QString kService = u"6e400001-b5a3-f393-e0a9-e50e24dcca9e"_s;
const QString kCharacteristic = u"6e400003-b5a3-f393-e0a9-e50e24dcca9e"_s;
} // namespace

/** BleBadgeReader's notification decoding, and its life cycle on a machine without Bluetooth. */
class BleDecodeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("uid");
        QTest::newRow("raw 4 bytes") << QByteArray::fromHex("a1b2c3d4") << u"A1B2C3D4"_s;
        QTest::newRow("raw 7 bytes") << QByteArray::fromHex("04a1b2c3d4e5f6") << u"04A1B2C3D4E5F6"_s;
        QTest::newRow("raw 10 bytes") << QByteArray::fromHex("0102030405060708090a") << u"0102030405060708090A"_s;
        QTest::newRow("raw ending in LF byte") << QByteArray::fromHex("04a1b2c3d4e50a") << u"04A1B2C3D4E50A"_s;
        QTest::newRow("raw ending in CR byte") << QByteArray::fromHex("99887766550d") << u"99887766550D"_s;
        QTest::newRow("text") << "04A1B2C3D4E5F6"_ba << u"04A1B2C3D4E5F6"_s;
        QTest::newRow("text lower case, CR LF") << "04a1b2c3d4e5f6\r\n"_ba << u"04A1B2C3D4E5F6"_s;
        QTest::newRow("text, LF") << "A1B2C3D4\n"_ba << u"A1B2C3D4"_s;
        QTest::newRow("text, CR") << "A1B2C3D4\r"_ba << u"A1B2C3D4"_s;
        QTest::newRow("text with colons") << "04:A1:B2:C3\r\n"_ba << u"04A1B2C3"_s;
        QTest::newRow("bytes that read as hex text") << "ABCDEF01"_ba << u"ABCDEF01"_s;
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("only CR LF") << "\r\n"_ba << QString();
        QTest::newRow("raw 3 bytes") << QByteArray::fromHex("010203") << QString();
        QTest::newRow("raw 11 bytes") << QByteArray::fromHex("0102030405060708090a0b") << QString();
        QTest::newRow("text too short") << "0102\r\n"_ba << QString();
        QTest::newRow("text odd length") << "04A1B2C3D\n"_ba << QString();
        QTest::newRow("text too long") << "0102030405060708090A0B\n"_ba << QString();
        QTest::newRow("text not hex") << "04A1B2C3ZZ\r\n"_ba << QString();
    }

    void decodes()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, uid);
        QCOMPARE(BleBadgeReader::decodeBlePayload(payload), uid);
    }

    void constructsAndStopsWithoutAdapter()
    {
        BleBadgeReader reader(kAddress, kService, kCharacteristic);
        QCOMPARE(reader.state(), ReaderState::Stopped);
        reader.stop();
        QCOMPARE(reader.state(), ReaderState::Stopped);
    }

    void startWithoutUsableReaderReportsDisconnected()
    {
        // Here: no adapter (no BlueZ). On a developer machine: the made-up address is not paired. Either way the
        // reader refuses synchronously, before any connection attempt, and waits for its reconnect timer.
        BleBadgeReader reader(kAddress, kService, kCharacteristic);
        reader.start();
        QCOMPARE(reader.state(), ReaderState::Disconnected);
        QVERIFY(!reader.stateDetail().isEmpty());
        reader.stop();
        QCOMPARE(reader.state(), ReaderState::Stopped);
    }

    void rejectsInvalidConfiguration()
    {
        BleBadgeReader reader(u"not an address"_s, kService, kCharacteristic);
        reader.start();
        QCOMPARE(reader.state(), ReaderState::Disconnected);
        QVERIFY(reader.stateDetail().contains(u"invalid"_s));
        reader.stop();
        QCOMPARE(reader.state(), ReaderState::Stopped);
    }
};

QTEST_GUILESS_MAIN(BleDecodeTest)
#include "bledecodetest.moc"
