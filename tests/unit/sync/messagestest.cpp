// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The sync protocol's messages: every message round-trips; every malformed, oversized or truncated body is refused
// with a clear message and the right HTTP status; random mutations of valid messages never crash the decoders (the
// libFuzzer target in tests/fuzz goes further).
#include "sync/protocol/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten::sync;

namespace {
const QString kDevice = u"019b76da-a800-7046-a966-7336af9dfdb2"_s;

QJsonObject record(int n)
{
    return { { u"kind"_s, u"journal_entry"_s }, { u"key"_s, u"id-%1"_s.arg(n) },
        { u"row"_s, QJsonObject { { u"id"_s, u"id-%1"_s.arg(n) }, { u"wall_ms"_s, 1767225600000.0 + n } } } };
}

template<typename T> T ok(const Decoded<T> &decoded)
{
    if (const auto *error = std::get_if<DecodeError>(&decoded)) {
        qWarning() << error->message;
        return {};
    }
    return std::get<T>(decoded);
}

template<typename T> int statusOf(const Decoded<T> &decoded)
{
    const auto *error = std::get_if<DecodeError>(&decoded);
    return error ? error->httpStatus : 200;
}
} // namespace

class MessagesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messagesRoundTrip()
    {
        UploadRequest upload { kDevice, {} };
        for (int n = 5; n < 8; ++n) {
            upload.items.append({ n, record(n) });
        }
        const UploadRequest up = ok(decodeUploadRequest(encode(upload)));
        QCOMPARE(up.deviceId, kDevice);
        QCOMPARE(up.items.size(), 3);
        QCOMPARE(up.items.at(2).deviceSeq, 7);
        QCOMPARE(up.items.at(2).record, record(7));

        const UploadResponse answer { { { 5, ItemStatus::Accepted, {} }, { 6, ItemStatus::Duplicate, {} },
                                          { 7, ItemStatus::Rejected, u"the author may not write here"_s } },
            7 };
        const UploadResponse back = ok(decodeUploadResponse(encode(answer)));
        QCOMPARE(back.ackedThrough, 7);
        QCOMPARE(back.results.at(2).status, ItemStatus::Rejected);
        QCOMPARE(back.results.at(2).reason, u"the author may not write here"_s);

        const DownloadRequest down = ok(decodeDownloadRequest(encode(DownloadRequest { kDevice, 42, 500 })));
        QCOMPARE(down.cursor, 42);
        QCOMPARE(down.limit, 500);

        const DownloadResponse batch = ok(
            decodeDownloadResponse(encode(DownloadResponse { { { 43, record(1) }, { 45, record(2) } }, 45, true })));
        QCOMPARE(batch.items.size(), 2);
        QCOMPARE(batch.nextCursor, 45);
        QVERIFY(batch.more);
    }

    void badUploadsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        const auto upload = [](const QJsonArray &items, const QJsonValue &device = kDevice) {
            return QJsonDocument(QJsonObject { { u"protocol"_s, 1 }, { u"device"_s, device }, { u"items"_s, items } })
                .toJson(QJsonDocument::Compact);
        };
        const auto item = [](const QJsonValue &seq, const QJsonValue &rec) {
            return QJsonObject { { u"seq"_s, seq }, { u"record"_s, rec } };
        };
        const QByteArray valid = upload({ item(1, record(1)), item(2, record(2)) });
        QTest::newRow("empty") << QByteArray() << 400;
        QTest::newRow("not json") << QByteArray("{\"protocol\": 1,") << 400;
        QTest::newRow("truncated") << valid.left(valid.size() / 2) << 400;
        QTest::newRow("array") << QByteArray("[]") << 400;
        QTest::newRow("too large") << QByteArray(kMaxMessageBytes + 1, ' ') << 413;
        QTest::newRow("other version") << QByteArray(valid).replace("\"protocol\":1", "\"protocol\":2") << 400;
        QTest::newRow("no device") << upload({ item(1, record(1)) }, QJsonValue()) << 400;
        QTest::newRow("bad device") << upload({ item(1, record(1)) }, u"tablet-7"_s) << 400;
        QTest::newRow("seq 0") << upload({ item(0, record(1)) }) << 400;
        QTest::newRow("seq fraction") << upload({ item(1.5, record(1)) }) << 400;
        QTest::newRow("seq beyond 2^53") << upload({ item(1e18, record(1)) }) << 400;
        QTest::newRow("seq text") << upload({ item(u"1"_s, record(1)) }) << 400;
        QTest::newRow("gap") << upload({ item(1, record(1)), item(3, record(3)) }) << 400;
        QTest::newRow("reordered") << upload({ item(2, record(2)), item(1, record(1)) }) << 400;
        QTest::newRow("record not object") << upload({ item(1, u"x"_s) }) << 400;
        QJsonObject noKind = record(1);
        noKind.remove(u"kind"_s);
        QTest::newRow("record without kind") << upload({ item(1, noKind) }) << 400;
        QJsonObject extra = record(1);
        extra.insert(u"author_is_admin"_s, true);
        QTest::newRow("unknown record field") << upload({ item(1, extra) }) << 400;
        QJsonArray many;
        for (int n = 1; n <= kMaxRecordsPerBatch + 1; ++n) {
            many.append(item(n, record(n)));
        }
        QTest::newRow("too many records") << upload(many) << 400;
    }

    void badUploadsAreRefused()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const auto decoded = decodeUploadRequest(body);
        QCOMPARE(statusOf(decoded), status);
        QVERIFY(!std::get<DecodeError>(decoded).message.isEmpty());
    }

    void downloadScopeCannotBeAskedFor()
    {
        QJsonObject request { { u"protocol"_s, 1 }, { u"device"_s, kDevice }, { u"cursor"_s, 0 }, { u"limit"_s, 10 } };
        QCOMPARE(statusOf(decodeDownloadRequest(QJsonDocument(request).toJson())), 200);
        request.insert(u"unit"_s, u"another unit"_s);
        const auto refused = decodeDownloadRequest(QJsonDocument(request).toJson());
        QCOMPARE(statusOf(refused), 400);
        QVERIFY(std::get<DecodeError>(refused).message.contains(u"unit"_s));
        request.remove(u"unit"_s);
        for (const int limit : { 0, kMaxRecordsPerBatch + 1 }) {
            request.insert(u"limit"_s, limit);
            QCOMPARE(statusOf(decodeDownloadRequest(QJsonDocument(request).toJson())), 400);
        }
    }

    void masterSnapshotsTravelWithTheirHash()
    {
        const QList<QJsonObject> records { record(1), record(2) };
        const QString hash = masterHash(records);
        QCOMPARE(hash.size(), 64);
        QVERIFY(hash != masterHash({ record(2), record(1) })); // order is part of it: rows depend on earlier rows
        const DownloadRequest request = ok(decodeDownloadRequest(encode(DownloadRequest { kDevice, 3, 10, hash })));
        QCOMPARE(request.masterHash, hash);
        const DownloadResponse answer
            = ok(decodeDownloadResponse(encode(DownloadResponse { {}, 3, true, MasterSnapshot { hash, records } })));
        QVERIFY(answer.master);
        QCOMPARE(answer.master->records, records);
        // A snapshot whose records do not match its hash (truncated, altered) is refused as a whole.
        QJsonObject altered
            = QJsonDocument::fromJson(encode(DownloadResponse { {}, 3, true, MasterSnapshot { hash, { record(1) } } }))
                  .object();
        QCOMPARE(statusOf(decodeDownloadResponse(QJsonDocument(altered).toJson())), 400);
        QJsonObject bad { { u"protocol"_s, 1 }, { u"device"_s, kDevice }, { u"cursor"_s, 0 }, { u"limit"_s, 10 },
            { u"master_hash"_s, u"not-a-hash"_s } };
        QCOMPARE(statusOf(decodeDownloadRequest(QJsonDocument(bad).toJson())), 400);
    }

    void completeUploadsAndPeersAreOptional()
    {
        UploadRequest last { kDevice, { { 9, record(9) } }, true };
        QVERIFY(ok(decodeUploadRequest(encode(last))).complete);
        QVERIFY(!encode(UploadRequest { kDevice, {} }).contains("complete")); // only sent when true
        QVERIFY(!ok(decodeUploadRequest(encode(UploadRequest { kDevice, {} }))).complete);
        QCOMPARE(statusOf(decodeUploadRequest(
                     R"({"protocol":1,"device":")" + kDevice.toLatin1() + R"(","items":[],"complete":"yes"})")),
            400);

        const QString unit = u"019b76da-a800-7046-a966-7336af9dfdb3"_s;
        const QString other = u"019b76da-a800-7046-a966-7336af9dfdb4"_s;
        DownloadResponse answer { {}, 3, false, {},
            Peers { 5000, { { other, { unit }, 4000 }, { kDevice, { unit }, 0 } } } };
        const DownloadResponse back = ok(decodeDownloadResponse(encode(answer)));
        QVERIFY(back.peers);
        QCOMPARE(back.peers->nowMs, 5000);
        QCOMPARE(back.peers->devices.size(), 2);
        QCOMPARE(back.peers->devices.at(0).deviceId, other);
        QCOMPARE(back.peers->devices.at(0).unitIds, QStringList { unit });
        QCOMPARE(back.peers->devices.at(0).caughtUpMs, 4000);
        QCOMPARE(back.peers->devices.at(1).caughtUpMs, 0); // never caught up (an older tablet)
        QVERIFY(!ok(decodeDownloadResponse(encode(DownloadResponse { {}, 3, false }))).peers); // an older server

        // An answer with peers is read by clients that predate them: the decoder ignores top-level keys it does not
        // know (as this one does with any later addition), so the field is safe to add to protocol 1.
        QJsonObject future = QJsonDocument::fromJson(encode(answer)).object();
        future.insert(u"something_later"_s, QJsonObject { { u"x"_s, 1 } });
        QCOMPARE(statusOf(decodeDownloadResponse(QJsonDocument(future).toJson())), 200);

        const auto withPeers = [&](const QJsonValue &peers) {
            QJsonObject object = QJsonDocument::fromJson(encode(DownloadResponse { {}, 3, false })).object();
            object.insert(u"peers"_s, peers);
            return statusOf(decodeDownloadResponse(QJsonDocument(object).toJson()));
        };
        const auto peer = [&](const QJsonValue &device, const QJsonValue &units, const QJsonValue &caughtUp) {
            return QJsonObject { { u"now_ms"_s, 5000 },
                { u"devices"_s,
                    QJsonArray { QJsonObject {
                        { u"device"_s, device }, { u"units"_s, units }, { u"caught_up_ms"_s, caughtUp } } } } };
        };
        QCOMPARE(withPeers(peer(other, QJsonArray { unit }, 4000)), 200);
        QCOMPARE(withPeers(u"peers"_s), 400);
        QCOMPARE(withPeers(QJsonObject { { u"devices"_s, QJsonArray {} } }), 400); // no now_ms
        QCOMPARE(withPeers(peer(u"tablet-7"_s, QJsonArray { unit }, 4000)), 400);
        QCOMPARE(withPeers(peer(other, QJsonArray { u"x"_s }, 4000)), 400);
        QCOMPARE(withPeers(peer(other, unit, 4000)), 400);
        QCOMPARE(withPeers(peer(other, QJsonArray { unit }, -1)), 400);
        QCOMPARE(withPeers(peer(other, QJsonArray { unit }, 1.5)), 400);
    }

    void integrityTravelsAsCategoriesAndIsStrict()
    {
        const QString unit = u"019b76da-a800-7046-a966-7336af9dfdb3"_s;
        DownloadResponse answer { {}, 3, false, {}, {},
            QList<DeviceIntegrity> { { kDevice, { unit }, 2,
                { { 41, u"content_altered"_s, 1000, {}, 0 }, { 42, u"unreadable"_s, 1100, u"release"_s, 2000 } } } } };
        const DownloadResponse back = ok(decodeDownloadResponse(encode(answer)));
        QVERIFY(back.integrity);
        QCOMPARE(back.integrity->size(), 1);
        const DeviceIntegrity &device = back.integrity->constFirst();
        QCOMPARE(device.deviceId, kDevice);
        QCOMPARE(device.unitIds, QStringList { unit });
        QCOMPARE(device.flaggedEvents, 2);
        QCOMPARE(device.alarms.size(), 2);
        QCOMPARE(device.alarms.at(0).category, u"content_altered"_s);
        QVERIFY(device.alarms.at(0).decision.isEmpty());
        QCOMPARE(device.alarms.at(1).decision, u"release"_s);
        QCOMPARE(device.alarms.at(1).decidedMs, 2000);
        QVERIFY(!ok(decodeDownloadResponse(encode(DownloadResponse { {}, 3, false }))).integrity); // an older server

        const auto withAlarm = [&](const QJsonObject &alarm) {
            QJsonObject object = QJsonDocument::fromJson(encode(DownloadResponse { {}, 3, false })).object();
            object.insert(u"integrity"_s,
                QJsonObject { { u"devices"_s,
                    QJsonArray { QJsonObject { { u"device"_s, kDevice }, { u"units"_s, QJsonArray { unit } },
                        { u"flagged"_s, 0 }, { u"alarms"_s, QJsonArray { alarm } } } } } });
            return statusOf(decodeDownloadResponse(QJsonDocument(object).toJson()));
        };
        const auto alarm = [](const QJsonValue &category, const QJsonValue &decision, const QJsonValue &decidedMs) {
            return QJsonObject { { u"seq"_s, 41 }, { u"category"_s, category }, { u"raised_ms"_s, 1000 },
                { u"decision"_s, decision }, { u"decided_ms"_s, decidedMs } };
        };
        QCOMPARE(withAlarm(alarm(u"content_altered"_s, QJsonValue::Null, 0)), 200);
        QCOMPARE(withAlarm(alarm(u"a_later_kind"_s, u"revoke"_s, 5)), 200); // shown generically
        QCOMPARE(withAlarm(alarm(u"Anna Berg read it"_s, QJsonValue::Null, 0)), 400); // a category, never free text
        QCOMPARE(withAlarm(alarm(u"content_altered"_s, u"forget"_s, 5)), 400);
        QCOMPARE(withAlarm(alarm(u"content_altered"_s, u"release"_s, 0)), 400); // decided without a time
        QCOMPARE(withAlarm(alarm(u"content_altered"_s, QJsonValue::Null, 5)), 400); // open with one
        QCOMPARE(withAlarm(alarm(u"content_altered"_s, QJsonValue::Undefined, 0)), 400);
    }

    void badResponsesAreRefused()
    {
        QCOMPARE(statusOf(decodeUploadResponse(
                     R"({"protocol":1,"results":[{"seq":1,"status":"maybe"}],"acked_through":1})")),
            400);
        QCOMPARE(statusOf(decodeDownloadResponse(
                     R"({"protocol":1,"items":[{"position":5,"record":{}}],"next_cursor":5,"more":false})")),
            400);
        QCOMPARE(statusOf(decodeDownloadResponse(R"({"protocol":1,"items":[],"next_cursor":5})")), 400);
    }

    void mutatedMessagesNeverCrash()
    {
        UploadRequest upload { kDevice, {} };
        for (int n = 1; n <= 20; ++n) {
            upload.items.append({ n, record(n) });
        }
        const QByteArray valid = encode(upload);
        QRandomGenerator random(20261123); // fixed seed: reproducible
        int refused = 0;
        for (int round = 0; round < 3000; ++round) {
            QByteArray body = valid;
            for (int edits = random.bounded(1, 6); edits > 0; --edits) {
                const int at = random.bounded(int(body.size()));
                switch (random.bounded(3)) {
                case 0:
                    body[at] = char(random.bounded(256));
                    break;
                case 1:
                    body.remove(at, random.bounded(1, 40));
                    break;
                default:
                    body.insert(at, body.mid(random.bounded(int(body.size())), random.bounded(1, 40)));
                }
            }
            refused += statusOf(decodeUploadRequest(body)) != 200 ? 1 : 0;
            (void)decodeDownloadResponse(body);
            (void)decodeUploadResponse(body);
            (void)decodeDownloadRequest(body);
        }
        QVERIFY(refused > 2500); // almost every mutation breaks the message, and each one is refused cleanly
    }
};

QTEST_GUILESS_MAIN(MessagesTest)
#include "messagestest.moc"
