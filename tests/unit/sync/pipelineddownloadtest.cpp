// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A download over mutual TLS against akten-central in process (issue 19): the SyncSession asks for the next batch
// while it applies one. A long first download completes with every record once, its bulk load closed, the session
// ending once. A record the tablet refuses in the middle stops it: the cursor stays before that record, the batch
// already asked for is not applied (nothing after the stop is in the store), the session ends once, Failed, and the
// first download's deferred indexes are built.
#include "tests/support/demopair.h"
#include "tests/support/loopbackcentral.h"
#include "tests/support/recordvariant.h"

#include "app/store/bulkload.h"
#include "app/store/syncstaterepository.h"
#include "sync/client/centralclient.h"
#include "sync/client/syncsession.h"
#include "sync/importer/syncrows.h"

#include <QSignalSpy>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class PipelinedDownloadTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::LoopbackCentral m_loopback { m_pair.clock };
    QList<core::Id> m_units;

    struct Tablet
    {
        QString dir;
        test::TestKeyProvider keys;
        std::optional<store::DeviceStore> store;
    };

    /** A new tablet enrolled for the demo's units (optionally with the master data already in its store). */
    bool newTablet(Tablet &tablet, const QString &name, bool withMaster)
    {
        tablet.dir = m_pair.tmp.filePath(name);
        auto created = store::DeviceStore::create(tablet.dir, tablet.keys, m_pair.clock);
        if (!created) {
            return false;
        }
        tablet.store.emplace(std::move(created).value());
        if (withMaster && !m_pair.copyMasterTo(*tablet.store)) {
            return false;
        }
        return m_loopback.enrol(tablet.dir, tablet.store->deviceId(), tablet.keys, m_units).ok();
    }

    /** One sync of `store` with the given download batch; the outcome and how often `finished` came (after 1 s). */
    std::pair<sync::SyncOutcome, int> sync(
        store::DeviceStore &store, const QString &dir, store::KeyProvider &keys, int downloadBatch)
    {
        auto credentials = sync::DeviceCredentials::load(dir, keys);
        if (!credentials) {
            qWarning() << credentials.error().message;
            return {};
        }
        sync::CentralClient client(credentials.value().tlsConfiguration());
        client.setTimeoutMs(20'000);
        sync::SyncSession session(store, m_pair.clock, client, m_loopback.url());
        session.setBatchSizes(500, downloadBatch);
        QSignalSpy ended(&session, &sync::SyncSession::finished);
        session.start();
        if (!ended.wait(120'000)) {
            return {};
        }
        QTest::qWait(1'000); // an answer asked for ahead would have come by now
        return { ended.constFirst().constFirst().value<sync::SyncOutcome>(), int(ended.size()) };
    }

    /** What A wrote that the central store serves other tablets: everything but A's own audit trail. */
    QList<sync::OutboxEntry> served()
    {
        QList<sync::OutboxEntry> entries;
        for (const auto &entry : sync::SyncRows(m_pair.a->db()).pending(0, 1'000'000).value()) {
            if (entry.kind != "audit_event"_L1) {
                entries << entry;
            }
        }
        return entries;
    }

    bool holds(store::DeviceStore &store, const sync::OutboxEntry &entry)
    {
        return sync::SyncRows(store.db()).exportRecord(entry.kind, entry.key).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<sync::SyncOutcome>();
        QVERIFY(m_pair.create());
        for (const auto &unit : m_pair.data.units) {
            m_units << unit.id;
        }
        const auto created = m_loopback.create(m_pair.tmp.filePath(u"central"_s), *m_pair.a);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        QVERIFY(m_loopback.enrol(m_pair.tmp.filePath(u"a"_s), m_pair.a->deviceId(), m_pair.keysA, m_units));
        QVERIFY(m_loopback.startSync());
        const auto [outcome, endings] = sync(*m_pair.a, m_pair.tmp.filePath(u"a"_s), m_pair.keysA, 1000);
        QCOMPARE(outcome.end, sync::SyncOutcome::End::Done);
        QVERIFY(outcome.uploaded > 5000);
        QCOMPARE(endings, 1);
    }

    void aLongFirstDownloadCompletesOnce()
    {
        Tablet c;
        QVERIFY(newTablet(c, u"c"_s, false));
        const auto [outcome, endings] = sync(*c.store, c.dir, c.keys, 300);
        QVERIFY2(outcome.end == sync::SyncOutcome::End::Done, qPrintable(outcome.error));
        QCOMPARE(endings, 1);
        const auto own = served();
        QCOMPARE(outcome.downloaded, int(own.size()));
        for (const auto &entry : own) {
            QVERIFY2(holds(*c.store, entry), qPrintable(entry.kind + u' ' + entry.key));
        }
        QVERIFY(!store::BulkLoad(c.store->db()).open().value());
    }

    void aRefusedRecordStopsTheDownloadAndNothingAskedForAheadIsApplied()
    {
        // The tablet already holds another version of one of A's journal entries in the middle of the log.
        const auto own = served();
        qsizetype refused = -1;
        for (qsizetype i = 1000; i < 1500 && refused < 0; ++i) {
            if (own.at(i).kind == "journal_entry"_L1) {
                refused = i;
            }
        }
        QVERIFY(refused > 0);
        Tablet d;
        QVERIFY(newTablet(d, u"d"_s, true));
        const QJsonObject theirs
            = sync::SyncRows(m_pair.a->db()).exportRecord(u"journal_entry"_s, own.at(refused).key).value();
        const QJsonObject mine = test::recordVariant(
            theirs, own.at(refused).key, { { u"text"_s, u"En annan version av anteckningen."_s } });
        QCOMPARE(sync::SyncRows(d.store->db()).importRecords({ mine }).value().constFirst().status,
            sync::ImportOutcome::Status::Accepted);

        const auto [outcome, endings] = sync(*d.store, d.dir, d.keys, 300);
        QCOMPARE(outcome.end, sync::SyncOutcome::End::Failed);
        QVERIFY2(outcome.error.contains(u"could not be applied"_s), qPrintable(outcome.error));
        QCOMPARE(outcome.downloadRejected, 1);
        QCOMPARE(endings, 1);
        // Stopped before the refused record. A first download asks for the protocol's largest batches whatever the
        // session's size (300 here): the batch of positions 1001-2000 is applied around the refused record, nothing
        // of the batch after it, which was asked for ahead.
        QVERIFY(holds(*d.store, own.at(refused - 1)));
        QCOMPARE(sync::SyncRows(d.store->db()).exportRecord(u"journal_entry"_s, own.at(refused).key).value(), mine);
        QVERIFY(holds(*d.store, own.at(1999)));
        for (qsizetype i = 2000; i < own.size(); ++i) {
            QVERIFY2(!holds(*d.store, own.at(i)), qPrintable(u"applied past the stop: %1"_s.arg(i)));
        }
        const qint64 cursor = store::SyncStateRepository(d.store->db()).downloadCursor().value();
        QVERIFY(cursor > 0);
        // The first download's bulk load was closed when the sync failed.
        QVERIFY(!store::BulkLoad(d.store->db()).open().value());
        // The next sync asks from the same cursor again and stops at the same record.
        const auto [again, endingsAgain] = sync(*d.store, d.dir, d.keys, 300);
        QCOMPARE(again.end, sync::SyncOutcome::End::Failed);
        QCOMPARE(again.downloadRejected, 1);
        QVERIFY(again.downloaded < 1000); // at most what lies after the stop in one batch
        QCOMPARE(endingsAgain, 1);
        QCOMPARE(store::SyncStateRepository(d.store->db()).downloadCursor().value(), cursor);
    }
};

QTEST_GUILESS_MAIN(PipelinedDownloadTest)
#include "pipelineddownloadtest.moc"
