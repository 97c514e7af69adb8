// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Record bodies in PostgreSQL are sealed with keys akten-central holds (BodyKeys: XChaCha20-Poly1305, each key
// wrapped by the central key in DIR/body-keys). Always: sealing opens only with the same key and context, a flipped
// byte or another central key is refused, rotation seals new bodies with the next key while old ones still open, and
// a process that started before a rotation finds the new key. On PostgreSQL (bodykeystest_pg): the bytes in the
// database are not the records, downloads give back the original bodies across a rotation, and a body stored in
// clear before sealing is still served.
#include "tests/support/centralfixture.h"
#include "tests/support/demopair.h"
#include "tests/support/recordvariant.h"

#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"
#include "sync/server/centralservice.h"
#include "sync/server/pg/bodykeys.h"
#include "sync/server/pg/pgconnection.h"
#include "sync/server/pg/postgresledger.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class BodyKeysTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    test::TestKeyProvider m_centralKey;

    [[nodiscard]] std::unique_ptr<sync::BodyKeys> keysIn(const QString &dir)
    {
        auto keys = sync::BodyKeys::open(dir, m_centralKey);
        [&] { QVERIFY2(keys, keys ? "" : qPrintable(keys.error().message)); }();
        return keys ? std::move(keys).value() : nullptr;
    }

    /** Uploads up to `batches` batches of what `device` has not had acknowledged, through `central`. */
    static void upload(sync::CentralStore &central, store::DeviceStore &device, const core::Clock &clock, int batches)
    {
        sync::DeviceSync client(device, clock);
        for (int i = 0; i < batches; ++i) {
            const auto request = client.nextUpload(1000).value();
            if (request.items.isEmpty()) {
                return;
            }
            const auto answer = central.applyUpload(request);
            QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
            for (const auto &result : answer.value().results) {
                QVERIFY2(result.status == sync::ItemStatus::Accepted, qPrintable(result.reason));
            }
            QVERIFY(client.acceptUploadResponse(request, answer.value()));
        }
    }

private Q_SLOTS:
    void aBodyOpensOnlyWithItsKeyAndContext()
    {
        auto keys = keysIn(m_tmp.filePath(u"a"_s));
        QVERIFY(keys);
        QCOMPARE(keys->current(), 1);
        QVERIFY(QFile::exists(m_tmp.filePath(u"a/body-keys/1.wrapped"_s)));
        const QString body = u"{\"kind\":\"journal_entry\",\"row\":{\"text\":\"Margit åt frukost\"}}"_s;
        const auto sealed = keys->seal(body, u"journal_entry/k1"_s).value();
        QCOMPARE(sealed.keyId, 1);
        QVERIFY(!sealed.text.contains(u"Margit"_s));
        QCOMPARE(keys->unseal(1, sealed.text, u"journal_entry/k1"_s).value(), body);
        // Moved to another record, or a byte flipped: refused, never garbled text.
        const auto moved = keys->unseal(1, sealed.text, u"journal_entry/k2"_s);
        QVERIFY(!moved);
        QCOMPARE(moved.error().code, ErrorCode::Integrity);
        QByteArray bytes = QByteArray::fromBase64(sealed.text.toLatin1());
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 1);
        QVERIFY(!keys->unseal(1, QString::fromLatin1(bytes.toBase64()), u"journal_entry/k1"_s));
        // Another site's central key cannot unwrap these body keys.
        test::TestKeyProvider otherSite;
        QVERIFY(!sync::BodyKeys::open(m_tmp.filePath(u"a"_s), otherSite));
    }

    void rotationSealsNewBodiesWithTheNextKeyAndOldOnesStillOpen()
    {
        auto keys = keysIn(m_tmp.filePath(u"b"_s));
        auto startedBefore = keysIn(m_tmp.filePath(u"b"_s)); // another akten-central process on the same DIR
        QVERIFY(keys && startedBefore);
        const auto old = keys->seal(u"old"_s, u"c"_s).value();
        QCOMPARE(keys->rotate().value(), 2);
        const auto fresh = keys->seal(u"new"_s, u"c"_s).value();
        QCOMPARE(fresh.keyId, 2);
        QCOMPARE(keys->unseal(old.keyId, old.text, u"c"_s).value(), u"old"_s);
        QCOMPARE(startedBefore->unseal(fresh.keyId, fresh.text, u"c"_s).value(), u"new"_s);
        QCOMPARE(keysIn(m_tmp.filePath(u"b"_s))->current(), 2); // a restarted process seals with the newest
        QVERIFY(!keys->unseal(3, fresh.text, u"c"_s)); // a number that does not exist
    }

    void postgresHoldsNoBodyInClear()
    {
        if (!test::usingPostgres()) {
            QSKIP("PostgreSQL only (bodykeystest_pg)");
        }
        test::DemoPair pair;
        QVERIFY(pair.create());
        const QString dir = pair.tmp.filePath(u"central"_s);
        QString conninfo;
        auto ledger = test::freshCentralLedger(dir, m_centralKey, &conninfo);
        QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().message));
        auto central = std::make_unique<sync::CentralService>(std::move(ledger).value(), pair.clock);
        const sync::RightsSnapshot rights = test::demoRights(pair.data);
        QVERIFY(central->setRights(rights));
        QVERIFY(central->enrolDevice(pair.a->deviceId(), { pair.data.units.at(0).id, pair.data.units.at(1).id }));
        QVERIFY(central->enrolDevice(pair.b->deviceId(), { pair.data.units.at(0).id, pair.data.units.at(1).id }));
        upload(*central, *pair.a, pair.clock, 1);

        // Rotation: a new key, then akten-central restarts and seals the rest with it.
        QCOMPARE(keysIn(dir)->rotate().value(), 2);
        auto restarted = sync::PostgresLedger::connect(conninfo, keysIn(dir));
        QVERIFY2(restarted, restarted ? "" : qPrintable(restarted.error().message));
        central = std::make_unique<sync::CentralService>(std::move(restarted).value(), pair.clock);
        upload(*central, *pair.a, pair.clock, 100);

        auto pg = sync::pg::PgConnection::connect(conninfo);
        QVERIFY(pg);
        // A body stored in clear before bodies were sealed (body_key NULL) is still served as it is.
        sync::SyncRows rowsA(pair.a->db());
        QJsonObject model;
        QString journalText;
        for (const auto &entry : rowsA.pending(0, 1'000'000).value()) {
            if (entry.kind == "journal_entry"_L1) {
                model = rowsA.exportRecord(entry.kind, entry.key).value();
                journalText = model.value("row"_L1).toObject().value("text"_L1).toString();
                break;
            }
        }
        QVERIFY(journalText.size() > 10);
        const QJsonObject legacy = test::recordVariant(model, core::idToString(pair.a->stamper().newId()), {});
        const QString unit = core::idToString(pair.data.units.at(0).id);
        QVERIFY(pg.value()->exec(u"INSERT INTO records (unit_id, kind, record_key, device_id, device_seq, body, "
                                 "received_ms) VALUES ($1, 'journal_entry', $2, $3, 999999, $4, 0)"_s,
            { unit, legacy.value("key"_L1).toString(), pair.a->deviceId(), sync::compactJson(legacy) }));

        // In the database: every body sealed (but the one stored in clear), by both keys; no record text in clear.
        const auto byKey
            = pg.value()->exec(u"SELECT coalesce(body_key, 0), count(*) FROM records GROUP BY 1 ORDER BY 1"_s);
        QVERIFY(byKey);
        QCOMPARE(byKey.value().rows(), 3);
        QCOMPARE(byKey.value().int64(0, 1), 1); // the one stored in clear
        QCOMPARE(byKey.value().int64(1, 0), 1);
        QCOMPARE(byKey.value().int64(2, 0), 2);
        const auto clear = pg.value()->exec(u"SELECT count(*) FROM records WHERE body_key IS NOT NULL "
                                            "AND (body LIKE '{%' OR strpos(body, $1) > 0)"_s,
            { journalText.left(12) });
        QVERIFY(clear);
        QCOMPARE(clear.value().int64(0, 0), 0);
        QCOMPARE(pg.value()
                     ->exec(u"SELECT count(*) FROM records WHERE strpos(body, $1) > 0"_s, { journalText })
                     .value()
                     .int64(0, 0),
            1); // only the legacy row, stored in clear on purpose

        // A download gives back every body exactly as the device sent it, whichever key sealed it.
        qint64 cursor = 0;
        int compared = 0;
        for (int guard = 0; guard < 100; ++guard) {
            const auto batch = central->download({ pair.b->deviceId(), cursor, 1000 });
            QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
            for (const auto &item : batch.value().items) {
                const QString key = item.record.value("key"_L1).toString();
                const QString kind = item.record.value("kind"_L1).toString();
                const QJsonObject original
                    = key == legacy.value("key"_L1).toString() ? legacy : rowsA.exportRecord(kind, key).value();
                QCOMPARE(item.record, original);
                ++compared;
            }
            cursor = batch.value().nextCursor;
            if (!batch.value().more) {
                break;
            }
        }
        QVERIFY(compared > 1000);
    }
};

QTEST_GUILESS_MAIN(BodyKeysTest)
#include "bodykeystest.moc"
