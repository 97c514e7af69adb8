// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The central store serves a download's records as it stored them (issue 19), on the embedded backend and
// (centraldownloadtest_pg) on PostgreSQL: the bytes in the answer are exactly the bytes of the log (the upload's
// compact JSON; on the embedded backend also read back from the file), the encoded answer is byte for byte the one
// the parsed path gives, a stored body that is not one JSON object is never written into an answer (the server
// refuses the batch naming its position), and one that is JSON but not a record is still refused by the device.
#include "tests/support/centralfixture.h"
#include "tests/support/demopair.h"

#include "app/store/database.h"
#include "app/store/statement.h"
#include "sync/client/devicesync.h"
#include "sync/server/centralservice.h"
#include "sync/server/sqliteledger.h"

#include <QHash>
#include <QJsonDocument>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class CentralDownloadTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::TestKeyProvider m_centralKeys;
    std::unique_ptr<sync::CentralService> m_central;
    QString m_dir;
    QHash<QString, QByteArray> m_uploaded; ///< "kind key" -> the compact JSON sent

    /** B's whole download from the start, as stored; the master snapshot asked for first. */
    QList<sync::DownloadItem> storedLog(QList<QByteArray> *answers = nullptr)
    {
        QList<sync::DownloadItem> items;
        sync::DownloadRequest request { m_pair.b->deviceId(), 0, 200 };
        for (int guard = 0; guard < 100; ++guard) {
            auto stored = m_central->downloadStored(request);
            auto parsed = m_central->download(request);
            if (!stored || !parsed) {
                qWarning("download failed");
                return {};
            }
            const QByteArray wire = sync::encode(stored.value());
            [&] { QCOMPARE(wire, sync::encode(parsed.value())); }(); // the wire did not change
            [&] { QVERIFY(std::holds_alternative<sync::DownloadResponse>(sync::decodeDownloadResponse(wire))); }();
            if (answers) {
                answers->append(wire);
            }
            if (stored.value().master) {
                request.masterHash = stored.value().master->hash;
                continue;
            }
            for (const auto &item : stored.value().items) {
                [&] { QVERIFY(item.record.isEmpty()); }();
                items.append(item);
            }
            request.cursor = stored.value().nextCursor;
            if (!stored.value().more) {
                break;
            }
        }
        return items;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        m_dir = m_pair.tmp.filePath(u"central"_s);
        auto ledger = test::freshCentralLedger(m_dir, m_centralKeys);
        QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().message));
        m_central = std::make_unique<sync::CentralService>(std::move(ledger).value(), m_pair.clock);
        QVERIFY(m_central->setRights(test::demoRights(m_pair.data)));
        const QList<core::Id> units { m_pair.data.units.at(0).id, m_pair.data.units.at(1).id };
        QVERIFY(m_central->enrolDevice(m_pair.a->deviceId(), units));
        QVERIFY(m_central->enrolDevice(m_pair.b->deviceId(), units));
        sync::DeviceSync a(*m_pair.a, m_pair.clock);
        for (int guard = 0; guard < 100; ++guard) {
            const auto batch = a.nextUpload(700).value();
            if (batch.items.isEmpty()) {
                break;
            }
            const auto sent = std::get<sync::UploadRequest>(sync::decodeUploadRequest(sync::encode(batch)));
            const auto answer = m_central->applyUpload(sent);
            QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
            QVERIFY(a.acceptUploadResponse(batch, answer.value()));
            for (const auto &item : sent.items) {
                m_uploaded.insert(
                    item.record.value("kind"_L1).toString() + u' ' + item.record.value("key"_L1).toString(),
                    QJsonDocument(item.record).toJson(QJsonDocument::Compact));
            }
        }
        QVERIFY(m_uploaded.size() > 100);
    }

    void theBytesServedAreTheBytesStored()
    {
        const QList<sync::DownloadItem> items = storedLog();
        QVERIFY(items.size() > 100);
        std::optional<store::Database> file;
        if (!test::usingPostgres()) {
            auto opened = test::openEmbeddedCentral(m_dir, m_centralKeys);
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
            file.emplace(std::move(opened).value());
            // Both units' records, merged in log order: what "unit_id IN (...) ORDER BY position" gives.
            auto log = file->prepare(u"SELECT position FROM records WHERE unit_id IN (?, ?) AND kind <> 'audit_event' "
                                     "ORDER BY position"_s);
            QVERIFY(log);
            log.value().bind(1, core::idToString(m_pair.data.units.at(0).id));
            log.value().bind(2, core::idToString(m_pair.data.units.at(1).id));
            QList<qint64> positions;
            QVERIFY(store::eachRow(log.value(), [&](const store::Statement &row) { positions << row.int64(0); }));
            QCOMPARE(positions.size(), items.size());
            for (qsizetype i = 0; i < items.size(); ++i) {
                QCOMPARE(items.at(i).position, positions.at(i));
            }
        }
        for (const sync::DownloadItem &item : items) {
            const QJsonObject record = QJsonDocument::fromJson(item.storedJson).object();
            const QString name = record.value("kind"_L1).toString() + u' ' + record.value("key"_L1).toString();
            QVERIFY2(m_uploaded.contains(name), qPrintable(name));
            QCOMPARE(item.storedJson, m_uploaded.value(name)); // as uploaded, not parsed and written again
            if (file) {
                auto body = file->prepare(u"SELECT body FROM records WHERE position = ?"_s);
                QVERIFY(body);
                body.value().bind(1, item.position);
                QVERIFY(body.value().step().value());
                QCOMPARE(item.storedJson, body.value().text(0).toUtf8());
            }
        }
    }

    void aDeviceOfManyUnitsReadsTheSameLog()
    {
        if (test::usingPostgres()) {
            QSKIP("the embedded ledger's limit of arms in one compound SELECT");
        }
        auto ledger = sync::SqliteLedger::open(m_dir, m_centralKeys); // a second connection, as restore opens one
        QVERIFY(ledger);
        const QList<QString> two { core::idToString(m_pair.data.units.at(0).id),
            core::idToString(m_pair.data.units.at(1).id) };
        QList<QString> many = two;
        for (int i = 0; i < 450; ++i) { // past the 400 arms read merged: read the other way, the same rows
            many << core::idToString(m_pair.a->stamper().newId());
        }
        const auto merged = ledger.value()->logAfter(0, two, 100000);
        const auto other = ledger.value()->logAfter(0, many, 100000);
        QVERIFY(merged && other);
        QVERIFY(merged.value().size() > 100);
        QCOMPARE(other.value().size(), merged.value().size());
        for (qsizetype i = 0; i < merged.value().size(); ++i) {
            QCOMPARE(other.value().at(i).position, merged.value().at(i).position);
            QCOMPARE(other.value().at(i).body, merged.value().at(i).body);
        }
    }

    void aBodyThatIsNotOneJsonObjectIsNeverServed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("refusal"); ///< empty: refused by the server
        QTest::newRow("cut short") << QByteArray(R"({"key":"k","kind":"journal_entry","row":{"id":)") << QString();
        // Would close the item early and write its own fields into the answer if it were spliced in unchecked.
        QTest::newRow("breaks out") << QByteArray(
            R"({"key":"k","kind":"journal_entry","row":{}}}],"more":false,"next_cursor":9999999,"x":[{"y":{"z":1})")
                                    << QString();
        QTest::newRow("an array") << QByteArray(R"([{"key":"k"}])") << QString();
        QTest::newRow("not UTF-8") << QByteArray("{\"key\":\"k\xff\",\"kind\":\"journal_entry\",\"row\":{}}")
                                   << QString();
        QTest::newRow("JSON, not a record") << QByteArray("{}") << u"record without a kind"_s;
    }

    void aBodyThatIsNotOneJsonObjectIsNeverServed()
    {
        if (test::usingPostgres()) {
            QSKIP("PostgreSQL bodies are sealed: an altered one does not open (bodykeystest)");
        }
        QFETCH(QByteArray, body);
        QFETCH(QString, refusal);
        qint64 position = 0;
        {
            auto file = test::openEmbeddedCentral(m_dir, m_centralKeys);
            QVERIFY(file);
            auto last = file.value().prepare(u"SELECT max(position) FROM records WHERE kind <> 'audit_event'"_s);
            QVERIFY(last && last.value().step().value());
            position = last.value().int64(0);
            // Someone with the key (or a fault) alters the log under the server.
            QVERIFY(file.value().exec(u"DROP TRIGGER IF EXISTS records_no_update"_s));
            auto update = file.value().prepare(u"UPDATE records SET body = CAST(? AS TEXT) WHERE position = ?"_s);
            QVERIFY(update);
            update.value().bind(1, body).bind(2, position);
            QVERIFY(update.value().run());
            QCOMPARE(file.value().changes(), 1);
        }
        const sync::DownloadRequest request { m_pair.b->deviceId(), position - 1, 10 }; // no master data here
        const auto stored = m_central->downloadStored(request);
        const auto parsed = m_central->download(request);
        if (refusal.isEmpty()) {
            QVERIFY(!stored);
            QCOMPARE(stored.error().code, ErrorCode::Integrity);
            QCOMPARE(stored.error().message,
                u"the record at position %1 of the log is not stored as one JSON object"_s.arg(position));
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().message, stored.error().message);
        } else { // served as today; the device refuses the whole answer, naming the position
            QVERIFY(stored);
            const auto decoded = sync::decodeDownloadResponse(sync::encode(stored.value()));
            QVERIFY(std::holds_alternative<sync::DecodeError>(decoded));
            QCOMPARE(std::get<sync::DecodeError>(decoded).message, u"position %1: %2"_s.arg(position).arg(refusal));
        }
    }
};

QTEST_GUILESS_MAIN(CentralDownloadTest)
#include "centraldownloadtest.moc"
