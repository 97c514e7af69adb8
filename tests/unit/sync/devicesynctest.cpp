// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The device's half of the protocol, with every message going through the wire codec: uploads in outbox order,
// acknowledgements that only move forward, rejected records kept and listed, a device restored from an old copy
// detected, and downloads applied with their cursor atomically so an interrupted transfer resumes and a repeated
// batch changes nothing. The test relays A's upload to B's download as the central store will.
#include "tests/support/demopair.h"
#include "tests/support/recordvariant.h"

#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "app/store/storestats.h"
#include "app/store/syncstaterepository.h"
#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"

#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {
/** Sends a message through the codec, as it would cross the wire. */
template<typename T, typename Decode> T wire(const T &message, Decode decode)
{
    auto decoded = decode(sync::encode(message));
    if (const auto *error = std::get_if<sync::DecodeError>(&decoded)) {
        qFatal("codec refused a valid message: %s", qPrintable(error->message));
    }
    return std::get<T>(decoded);
}

sync::UploadResponse acceptAll(const sync::UploadRequest &request)
{
    sync::UploadResponse answer;
    for (const auto &item : request.items) {
        answer.results.append({ item.deviceSeq, sync::ItemStatus::Accepted, {} });
    }
    answer.ackedThrough = request.items.isEmpty() ? 0 : request.items.constLast().deviceSeq;
    return answer;
}
} // namespace

class DeviceSyncTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    store::DeviceStore *m_a = nullptr;
    store::DeviceStore *m_b = nullptr;
    test::ManualClock &m_clock = m_pair.clock;
    QTemporaryDir &m_tmp = m_pair.tmp;
    demo::DemoData &m_data = m_pair.data;

    /** The first journal entry in A's outbox. */
    QJsonObject journalModel()
    {
        sync::SyncRows a(m_a->db());
        for (const auto &entry : a.pending(0, 1'000'000).value()) {
            if (entry.kind == "journal_entry"_L1) {
                return a.exportRecord(entry.kind, entry.key).value();
            }
        }
        return {};
    }

    /** `model` as a new entry of A's (a new id) with `changes` to its row. */
    QJsonObject newEntry(const QJsonObject &model, const QJsonObject &changes)
    {
        return test::recordVariant(model, core::idToString(m_a->stamper().newId()), changes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        m_a = &*m_pair.a;
        m_b = &*m_pair.b;
    }

    void uploadsGoInOrderAndAcknowledgementsOnlyMoveForward()
    {
        sync::DeviceSync a(*m_a, m_clock);
        const qint64 total = a.pendingUploads().value();
        QVERIFY(total > 3000);
        const auto first = wire(a.nextUpload(100).value(), sync::decodeUploadRequest);
        QCOMPARE(first.deviceId, m_a->deviceId());
        QCOMPARE(first.items.size(), 100);
        QCOMPARE(first.items.first().deviceSeq, 1);
        QVERIFY(!first.complete); // more follows
        QVERIFY(a.acceptUploadResponse(first, wire(acceptAll(first), sync::decodeUploadResponse)));
        QCOMPARE(a.pendingUploads().value(), total - 100);
        const auto second = a.nextUpload(100).value();
        QCOMPARE(second.items.first().deviceSeq, 101);
        // A late, older answer arriving after a newer one does not move the acknowledgement back.
        sync::UploadResponse stale = acceptAll(first);
        stale.ackedThrough = 50;
        QVERIFY(a.acceptUploadResponse(first, stale));
        QCOMPARE(store::SyncStateRepository(m_a->db()).ackedThrough().value(), 100);
        QVERIFY(!store::SyncStateRepository(m_a->db()).setAckedThrough(10)); // the store itself refuses it too
    }

    void aCentralStoreThatLostAcknowledgedRecordsGetsThemAgain()
    {
        // Restored from a backup, the central store holds A's outbox through 40 where it had acknowledged 100: the
        // probe's answer rewinds A's acknowledgement and A uploads from 41 again (PROTOCOL.md "Upload").
        sync::DeviceSync a(*m_a, m_clock);
        store::SyncStateRepository state(m_a->db());
        const qint64 acked = state.ackedThrough().value();
        QCOMPARE(acked, 100);
        const auto probe = a.probeUpload().value();
        QVERIFY(probe.items.isEmpty());
        QVERIFY(!probe.complete); // not a claim that everything went up
        QCOMPARE(probe.ackedBefore, acked);
        sync::UploadResponse restored;
        restored.ackedThrough = 40;
        QVERIFY(a.acceptUploadResponse(probe, restored));
        QCOMPARE(state.ackedThrough().value(), 40);
        QCOMPARE(a.nextUpload(10).value().items.constFirst().deviceSeq, 41);
        // A late answer to a batch that started below it still moves nothing back.
        const auto older = wire(a.nextUpload(10).value(), sync::decodeUploadRequest); // 41..50
        QVERIFY(a.acceptUploadResponse(older, wire(acceptAll(older), sync::decodeUploadResponse)));
        sync::UploadResponse late = acceptAll(older);
        late.ackedThrough = 45;
        QVERIFY(a.acceptUploadResponse(older, late));
        QCOMPARE(state.ackedThrough().value(), 50);
        QVERIFY(!state.setAckedThrough(10)); // only the rewind moves it back
        QVERIFY(!state.setDownloadCursor(-1)); // the download cursor never
        QVERIFY(state.setAckedThrough(acked)); // as the tests after this one expect
    }

    void theLastUploadBatchSaysItIsComplete()
    {
        // Fewer records than asked for, even none: everything the device had, so the central store notes the time.
        const auto nothing = wire(sync::DeviceSync(*m_b, m_clock).nextUpload(10).value(), sync::decodeUploadRequest);
        QVERIFY(nothing.items.isEmpty());
        QVERIFY(nothing.complete);
        sync::DeviceSync a(*m_a, m_clock);
        QVERIFY(a.pendingUploads().value() > sync::kMaxRecordsPerBatch);
        QVERIFY(!a.nextUpload(sync::kMaxRecordsPerBatch).value().complete); // a full batch: more may follow
    }

    void rejectedRecordsAreKeptAndListed()
    {
        sync::DeviceSync a(*m_a, m_clock);
        const auto batch = a.nextUpload(10).value();
        sync::UploadResponse answer = acceptAll(batch);
        answer.results[3] = { batch.items.at(3).deviceSeq, sync::ItemStatus::Rejected, u"author not allowed"_s };
        QVERIFY(a.acceptUploadResponse(batch, wire(answer, sync::decodeUploadResponse)));
        const auto rejected = store::SyncStateRepository(m_a->db()).rejected().value();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().deviceSeq, batch.items.at(3).deviceSeq);
        QCOMPARE(rejected.first().reason, u"author not allowed"_s);
        QCOMPARE(rejected.first().kind, batch.items.at(3).record.value("kind"_L1).toString());
    }

    void answersThatDoNotFitAreRefused()
    {
        sync::DeviceSync a(*m_a, m_clock);
        const auto batch = a.nextUpload(5).value();
        const qint64 acked = store::SyncStateRepository(m_a->db()).ackedThrough().value();
        sync::UploadResponse restored = acceptAll(batch);
        restored.ackedThrough = 1'000'000; // the centre has more of this device than it ever wrote
        const Status refused = a.acceptUploadResponse(batch, restored);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"old copy"_s));
        sync::UploadResponse short_ = acceptAll(batch);
        short_.results.removeLast();
        QVERIFY(!a.acceptUploadResponse(batch, short_));
        QCOMPARE(store::SyncStateRepository(m_a->db()).ackedThrough().value(), acked); // nothing moved
    }

    void downloadsResumeAndRepeatSafely()
    {
        // The relay: everything A has, as a unit log with positions 1..n (what the centre will serve B).
        sync::DeviceSync a(*m_a, m_clock);
        QList<sync::DownloadItem> log;
        qint64 position = 0;
        for (qint64 after = 0;;) {
            const auto entries = sync::SyncRows(m_a->db()).pending(after, 1000).value();
            if (entries.isEmpty()) {
                break;
            }
            for (const auto &entry : entries) {
                log.append({ ++position, sync::SyncRows(m_a->db()).exportRecord(entry.kind, entry.key).value() });
            }
            after = entries.constLast().deviceSeq;
        }
        const auto batchAfter = [&](qint64 cursor, int limit) {
            sync::DownloadResponse batch;
            for (const auto &item : std::as_const(log)) {
                if (item.position > cursor && batch.items.size() < limit) {
                    batch.items.append(item);
                }
            }
            batch.nextCursor = batch.items.isEmpty() ? cursor : batch.items.constLast().position;
            batch.more = batch.nextCursor < log.size();
            return batch;
        };
        {
            sync::DeviceSync b(*m_b, m_clock);
            const auto request = wire(b.nextDownload(500).value(), sync::decodeDownloadRequest);
            QCOMPARE(request.cursor, 0);
            const auto first = wire(batchAfter(request.cursor, request.limit), sync::decodeDownloadResponse);
            const auto applied = b.applyDownload(first).value();
            QCOMPARE(applied.accepted, 500);
            QVERIFY(applied.rejected.isEmpty());
            // The same batch again (a retry after a lost answer): nothing changes.
            const auto again = b.applyDownload(first).value();
            QCOMPARE(again.accepted + again.duplicates + int(again.rejected.size()), 0);
        } // the tablet is switched off here
        sync::DeviceSync b(*m_b, m_clock);
        for (int guard = 0; guard < 100; ++guard) {
            const auto request = b.nextDownload(1000).value();
            const auto batch = wire(batchAfter(request.cursor, request.limit), sync::decodeDownloadResponse);
            const auto applied = b.applyDownload(batch).value();
            QVERIFY2(applied.rejected.isEmpty(), qPrintable(applied.rejected.join(u'\n')));
            if (!batch.more) {
                break;
            }
        }
        QCOMPARE(store::SyncStateRepository(m_b->db()).downloadCursor().value(), log.size());
        const QMap<QString, qint64> ca = test::DemoPair::ownCounts(*m_a);
        QMap<QString, qint64> cb;
        for (const auto &[name, count] : store::storeCounts(m_b->db()).value()) {
            cb.insert(name, count);
        }
        for (const char *name :
            { "plans", "journal_entries", "corrections", "signatures", "signature_retractions", "consent_events",
                "release_records", "release_events", "day_notes", "day_note_reviews", "plan_follow_ups" }) {
            QCOMPARE(cb.value(QLatin1String(name)), ca.value(QLatin1String(name)));
        }
        QCOMPARE(sync::DeviceSync(*m_b, m_clock).pendingUploads().value(), 0); // nothing of A's to send back
    }

    void aRefusedDownloadIsAskedForAgainNotSkipped()
    {
        // Three new journal entries from A; the middle one is for a resident B does not know (yet).
        const QJsonObject model = journalModel();
        QVERIFY(!model.isEmpty());
        const auto entryWith = [&](const QString &residentId) {
            return residentId.isEmpty() ? newEntry(model, {}) : newEntry(model, { { u"resident_id"_s, residentId } });
        };
        const QString stranger = core::idToString(m_a->stamper().newId());
        const QJsonObject first = entryWith({});
        const QJsonObject refused = entryWith(stranger);
        const QJsonObject third = entryWith({});
        sync::DeviceSync b(*m_b, m_clock);
        const qint64 start = b.nextDownload(10).value().cursor;
        // The central store's clock is ten minutes ahead of B's; A was caught up 30 s before the answer.
        const QString unit = core::idToString(m_data.units.at(0).id);
        const qint64 serverNow = m_clock.nowMs() + 10 * 60'000;
        const sync::Peers peers { serverNow,
            { { m_a->deviceId(), { unit }, serverNow - 30'000 },
                { core::idToString(m_a->stamper().newId()), { unit }, 0 } } };
        const sync::DownloadResponse batch { { { start + 1, first }, { start + 2, refused }, { start + 3, third } },
            start + 3, false, {}, peers };
        const auto applied = b.applyDownload(wire(batch, sync::decodeDownloadResponse)).value();
        QCOMPARE(applied.accepted, 2);
        QCOMPARE(applied.rejected.size(), 1);
        QVERIFY(applied.rejected.constFirst().startsWith(refused.value("key"_L1).toString()));
        QCOMPARE(b.nextDownload(10).value().cursor, start + 1); // stopped before the refused record
        // B does not have the whole log, so what the peers say does not hold for it yet.
        QVERIFY(store::SyncStateRepository(m_b->db()).peers().value().isEmpty());
        // Once the record can be applied (here: the same batch after the resident is known), it is, and the
        // records after it are duplicates.
        QJsonObject fixed = refused;
        QJsonObject row = fixed.value("row"_L1).toObject();
        row.insert(u"resident_id"_s, model.value("row"_L1).toObject().value("resident_id"_L1));
        fixed.insert(u"row"_s, row);
        const sync::DownloadResponse retry { { { start + 2, fixed }, { start + 3, third } }, start + 3, false, {},
            peers };
        const auto again = b.applyDownload(wire(retry, sync::decodeDownloadResponse)).value();
        QCOMPARE(again.accepted, 1);
        QCOMPARE(again.duplicates, 1);
        QVERIFY(again.rejected.isEmpty());
        QCOMPARE(b.nextDownload(10).value().cursor, start + 3);
        // Now it does, in B's own clock: A's records up to 30 s ago are here; the other device's are not known.
        const auto known = store::SyncStateRepository(m_b->db()).peers().value();
        QCOMPARE(known.size(), 2);
        const auto ofA = std::find_if(known.cbegin(), known.cend(),
            [&](const store::PeerKnowledge &peer) { return peer.deviceId == m_a->deviceId(); });
        QVERIFY(ofA != known.cend());
        QCOMPARE(ofA->unitId, unit);
        QCOMPARE(ofA->knownThroughMs, m_clock.nowMs() - 30'000);
        for (const auto &peer : known) {
            QCOMPARE(peer.knownThroughMs, peer.deviceId == m_a->deviceId() ? m_clock.nowMs() - 30'000 : 0);
        }
        // The next complete answer replaces them whole (a device revoked or moved away is gone).
        const sync::DownloadResponse later { {}, start + 3, false, {}, sync::Peers { serverNow, {} } };
        QVERIFY(b.applyDownload(wire(later, sync::decodeDownloadResponse)));
        QVERIFY(store::SyncStateRepository(m_b->db()).peers().value().isEmpty());
    }

    void aRecordTheCentralStoreWouldRefuseIsSkipped()
    {
        // A journal entry with a column no tablet has, stored centrally before uploads were checked: no sync could
        // ever apply it, so B passes it over (logged with its key and reason) and takes the records after it.
        const QJsonObject model = journalModel();
        QVERIFY(!model.isEmpty());
        const QJsonObject poisoned = newEntry(model, { { u"mood"_s, u"glad"_s } });
        const QString key = poisoned.value("key"_L1).toString();
        sync::DeviceSync b(*m_b, m_clock);
        const qint64 start = b.nextDownload(10).value().cursor;
        const sync::DownloadResponse batch { { { start + 1, newEntry(model, {}) }, { start + 2, poisoned },
                                                 { start + 3, newEntry(model, {}) } },
            start + 3, false, {}, {} };
        QTest::ignoreMessage(QtWarningMsg,
            qPrintable(
                u"skipped downloaded journal_entry %1 at position %2: journal_entries has no column 'mood'"_s.arg(key)
                    .arg(start + 2)));
        const auto applied = b.applyDownload(wire(batch, sync::decodeDownloadResponse)).value();
        QCOMPARE(applied.accepted, 2);
        QVERIFY2(applied.rejected.isEmpty(), qPrintable(applied.rejected.join(u'\n')));
        QCOMPARE(applied.skipped, QStringList { key + u": journal_entries has no column 'mood'"_s });
        QCOMPARE(b.nextDownload(10).value().cursor, start + 3); // past it, for good
    }
};

QTEST_GUILESS_MAIN(DeviceSyncTest)
#include "devicesynctest.moc"
