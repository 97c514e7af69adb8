// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A download answer with records as the central store keeps them (issue 19): encode() writes it byte for byte as
// serialising the whole answer as one QJsonObject did (the wire is unchanged), with a stored record written as it is;
// and isJsonObjectText, the check a stored body passes before that, takes exactly one JSON object — never text that
// QJsonDocument would not read as one object, whatever bytes it is given.
#include "sync/protocol/jsontext.h"
#include "sync/protocol/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten::sync;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/** A record with what a JSON writer may get wrong: non-ASCII, escapes, fractions, large and negative numbers. */
QJsonObject record(int n)
{
    const QJsonObject child { { u"id"_s, u"c-%1"_s.arg(n) }, { u"dose"_s, 0.25 * n }, { u"neg"_s, -n } };
    return { { u"kind"_s, u"journal_entry"_s }, { u"key"_s, u"id-%1"_s.arg(n) },
        { u"row"_s,
            QJsonObject { { u"id"_s, u"id-%1"_s.arg(n) }, { u"wall_ms"_s, 1767225600000.0 + n },
                { u"text"_s, u"Åsa åt \"gröt\"\\ \n\t\u00e9 \u2028 \U0001F600 %1"_s.arg(n) },
                { u"none"_s, QJsonValue() }, { u"big"_s, 9007199254740991.0 }, { u"tiny"_s, 1e-7 },
                { u"flag"_s, n % 2 == 0 } } },
        { u"children"_s, QJsonObject { { u"doses"_s, QJsonArray { child, child } } } } };
}

/** The answer as encode() wrote it before stored records: the whole answer as one QJsonObject. */
QByteArray wholeObject(const DownloadResponse &message)
{
    QJsonArray items;
    for (const DownloadItem &item : message.items) {
        items.append(QJsonObject { { u"position"_s, item.position }, { u"record"_s, item.record } });
    }
    QJsonObject object { { u"protocol"_s, kProtocolVersion }, { u"items"_s, items },
        { u"next_cursor"_s, message.nextCursor }, { u"more"_s, message.more } };
    if (message.master) {
        QJsonArray records;
        for (const QJsonObject &record : message.master->records) {
            records.append(record);
        }
        object.insert(u"master"_s, QJsonObject { { u"hash"_s, message.master->hash }, { u"records"_s, records } });
    }
    if (message.peers) {
        QJsonArray devices;
        for (const PeerDevice &peer : message.peers->devices) {
            devices.append(QJsonObject { { u"device"_s, peer.deviceId },
                { u"units"_s, QJsonArray::fromStringList(peer.unitIds) }, { u"caught_up_ms"_s, peer.caughtUpMs } });
        }
        object.insert(u"peers"_s, QJsonObject { { u"now_ms"_s, message.peers->nowMs }, { u"devices"_s, devices } });
    }
    if (message.integrity) {
        QJsonArray devices;
        for (const DeviceIntegrity &device : *message.integrity) {
            QJsonArray alarms;
            for (const AlarmNotice &alarm : device.alarms) {
                alarms.append(QJsonObject { { u"seq"_s, alarm.deviceSeq }, { u"category"_s, alarm.category },
                    { u"raised_ms"_s, alarm.raisedMs },
                    { u"decision"_s, alarm.decision.isEmpty() ? QJsonValue() : QJsonValue(alarm.decision) },
                    { u"decided_ms"_s, alarm.decidedMs } });
            }
            devices.append(QJsonObject { { u"device"_s, device.deviceId },
                { u"units"_s, QJsonArray::fromStringList(device.unitIds) }, { u"flagged"_s, device.flaggedEvents },
                { u"alarms"_s, alarms } });
        }
        object.insert(u"integrity"_s, QJsonObject { { u"devices"_s, devices } });
    }
    return compact(object);
}

const QString kDevice = u"019b76da-a800-7046-a966-7336af9dfdb2"_s;
const QString kUnit = u"019b76da-a800-7046-a966-7336af9dfdb3"_s;

} // namespace

class DownloadEncodeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theAnswerIsWhatTheWholeObjectGave_data()
    {
        QTest::addColumn<DownloadResponse>("response");
        DownloadResponse plain { {}, 0, false, {}, {}, {} };
        QTest::newRow("empty") << plain;
        DownloadResponse items { {}, 9, true, {}, {}, {} };
        for (int n = 1; n <= 9; ++n) {
            items.items.append({ n * 1000000007LL, record(n) });
        }
        QTest::newRow("items") << items;
        DownloadResponse last = items;
        last.more = false;
        last.peers = Peers { 1767225600123, { { kDevice, { kUnit }, 1767225600000 }, { kDevice, {}, 0 } } };
        last.integrity = QList<DeviceIntegrity> { { kDevice, { kUnit }, 3,
            { { 5, u"content_altered"_s, 1767225600001, {}, 0 }, { 6, u"unreadable"_s, 2, u"release"_s, 3 } } } };
        QTest::newRow("last, with peers and integrity") << last;
        DownloadResponse master { {}, 4, true, MasterSnapshot { QString(64, u'a'), { record(1), record(2) } }, {}, {} };
        QTest::newRow("master") << master;
        DownloadResponse noAlarms = last;
        noAlarms.integrity = QList<DeviceIntegrity> {};
        QTest::newRow("integrity without devices") << noAlarms;
    }

    void theAnswerIsWhatTheWholeObjectGave()
    {
        QFETCH(DownloadResponse, response);
        QCOMPARE(encode(response), wholeObject(response));
        // The same records as the central store keeps them (compact JSON) give the same bytes.
        DownloadResponse stored = response;
        for (DownloadItem &item : stored.items) {
            item.storedJson = compact(item.record);
            item.record = {};
        }
        QCOMPARE(encode(stored), wholeObject(response));
    }

    void aStoredRecordIsWrittenAsItIs()
    {
        // Not what QJsonDocument would write (spaces, member order): it goes in unchanged all the same.
        const QByteArray stored = R"({ "row": {"id": "x"}, "kind": "journal_entry", "key": "x" })";
        const DownloadResponse response { { { 7, record(1), stored } }, 7, false, {}, {}, {} };
        const QByteArray wire = encode(response);
        QVERIFY(wire.contains(QByteArray(R"({"position":7,"record":)" + stored + "}]")));
        const auto decoded = decodeDownloadResponse(wire);
        QVERIFY(std::holds_alternative<DownloadResponse>(decoded));
        QCOMPARE(
            std::get<DownloadResponse>(decoded).items.constFirst().record, QJsonDocument::fromJson(stored).object());
    }

    void onlyOneJsonObjectIsTaken_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("taken");
        QTest::newRow("a record") << compact(record(3)) << true;
        QTest::newRow("empty object") << QByteArray("{}") << true;
        QTest::newRow("spaces around") << QByteArray(" \n{ \"a\" : [ 1 , -2.5e+3 , true , null , \"\\u00e5\" ] }\t")
                                       << true;
        QTest::newRow("nothing") << QByteArray() << false;
        QTest::newRow("an array") << QByteArray("[{}]") << false;
        QTest::newRow("a string") << QByteArray("\"{}\"") << false;
        QTest::newRow("two objects") << QByteArray("{}{}") << false;
        QTest::newRow("trailing text") << QByteArray("{\"a\":1}x") << false;
        QTest::newRow("breaks out") << QByteArray(R"({"a":{}}],"more":false,"x":[{"b":1})") << false;
        QTest::newRow("cut short") << compact(record(3)).chopped(1) << false;
        QTest::newRow("open string") << QByteArray("{\"a\":\"b}") << false;
        QTest::newRow("raw newline in a string") << QByteArray("{\"a\":\"b\nc\"}") << false;
        QTest::newRow("bad escape") << QByteArray(R"({"a":"\x41"})") << false;
        QTest::newRow("short \\u") << QByteArray(R"({"a":"\u12"})") << false;
        QTest::newRow("leading zero") << QByteArray(R"({"a":01})") << false;
        QTest::newRow("bare fraction") << QByteArray(R"({"a":1.})") << false;
        QTest::newRow("bare exponent") << QByteArray(R"({"a":1e})") << false;
        QTest::newRow("out of range") << QByteArray(R"({"a":1e999})") << false;
        QTest::newRow("NaN") << QByteArray(R"({"a":NaN})") << false;
        QTest::newRow("single quotes") << QByteArray("{'a':1}") << false;
        QTest::newRow("trailing comma") << QByteArray(R"({"a":1,})") << false;
        QTest::newRow("missing colon") << QByteArray(R"({"a" 1})") << false;
        QTest::newRow("unquoted name") << QByteArray("{a:1}") << false;
        QTest::newRow("mismatched close") << QByteArray(R"({"a":[1}})") << false;
        QTest::newRow("not UTF-8") << QByteArray("{\"a\":\"\xc3\x28\"}") << false;
        QTest::newRow("NUL") << QByteArray("{\"a\":\"\0\"}", 9) << false;
        QTest::newRow("deep") << QByteArray("{\"a\":" + QByteArray(600, '[') + QByteArray(600, ']') + "}") << false;
        QTest::newRow("deep enough") << QByteArray("{\"a\":" + QByteArray(500, '[') + QByteArray(500, ']') + "}")
                                     << true;
    }

    void onlyOneJsonObjectIsTaken()
    {
        QFETCH(QByteArray, text);
        QFETCH(bool, taken);
        QCOMPARE(isJsonObjectText(text), taken);
    }

    void whatIsTakenQtReadsAsOneObject()
    {
        // Random damage to a record: whatever the check takes, the device's parser reads as one object (the other
        // way round need not hold: the check may refuse what a lenient parser takes; the server then refuses it).
        const QByteArray valid = compact(record(5));
        QRandomGenerator random(19);
        const char replacements[] = { '{', '}', '[', ']', '"', '\\', ',', ':', ' ', '0', '-', 'e', '.', 'x', '\n' };
        int taken = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray text = valid;
            for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
                const qsizetype at = random.bounded(text.size());
                switch (random.bounded(3)) {
                case 0:
                    text[at] = replacements[random.bounded(int(sizeof replacements))];
                    break;
                case 1:
                    text.remove(at, 1 + random.bounded(4));
                    break;
                default:
                    text.insert(at, replacements[random.bounded(int(sizeof replacements))]);
                }
            }
            if (!isJsonObjectText(text)) {
                continue;
            }
            ++taken;
            QJsonParseError error;
            const QJsonDocument document = QJsonDocument::fromJson(text, &error);
            QVERIFY2(error.error == QJsonParseError::NoError && document.isObject(), text.constData());
        }
        QVERIFY(taken > 100); // some damage leaves valid JSON (a digit changed, a space added)
    }
};

QTEST_GUILESS_MAIN(DownloadEncodeTest)
#include "downloadencodetest.moc"
