// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// One enrolled device cannot block its unit's sync (issue 16): the central store judges every upload by the tablet's
// own rules (records::RecordCheck) and its references. Poisoned records from an enrolled tablet — an extra column, a
// wrong type, a broken CHECK, a clock stamp that does not parse, an unknown code, a text over the app's limit, an
// oversize record, a dangling reference, a reference to a record of another unit's log — are refused with their reason
// and kept on the refused shelf; a fresh tablet of the unit then downloads everything else and converges. Run on the
// embedded backend and (poisonedrecordtest_pg) on PostgreSQL.
#include "tests/support/centralfixture.h"
#include "tests/support/demopair.h"
#include "tests/support/recordvariant.h"

#include "app/core/daynotes.h"
#include "app/store/syncstaterepository.h"
#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"
#include "sync/server/centralservice.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class PoisonedRecordTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::TestKeyProvider m_centralKeys;
    std::unique_ptr<sync::CentralStore> m_central;
    QString m_bjorkgarden;
    QHash<QString, QString> m_homes; ///< resident → unit
    QHash<QString, QSet<QString>> m_expected; ///< kind → keys a tablet of Björkgården must end up with
    qint64 m_nextSeq = 0;

    /** The first record of `kind` in A's outbox about a resident of `unit` (Björkgården if none). */
    QJsonObject modelOf(const QString &kind, QString unit = {})
    {
        unit = unit.isEmpty() ? m_bjorkgarden : unit;
        sync::SyncRows rows(m_pair.a->db());
        for (const auto &entry : rows.pending(0, 1'000'000).value()) {
            if (entry.kind != kind) {
                continue;
            }
            const QJsonObject record = rows.exportRecord(entry.kind, entry.key).value();
            if (m_homes.value(record.value("row"_L1).toObject().value("resident_id"_L1).toString()) == unit) {
                return record;
            }
        }
        return {};
    }

    /** `model` as a new record of A's (a new id) with `changes` to its row. */
    QJsonObject variant(const QJsonObject &model, const QJsonObject &changes)
    {
        return test::recordVariant(model, core::idToString(m_pair.a->stamper().newId()), changes);
    }

    /** Uploads records as A's next seqs, in one batch; the answer's results. */
    QList<sync::ItemResult> uploadAsA(const QList<QJsonObject> &records)
    {
        sync::UploadRequest request { m_pair.a->deviceId(), {} };
        for (const QJsonObject &record : records) {
            request.items.append({ ++m_nextSeq, record });
        }
        const auto answer = m_central->applyUpload(request);
        [&] { QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message)); }();
        return answer ? answer.value().results : QList<sync::ItemResult> {};
    }

    void expect(const QJsonObject &record)
    {
        m_expected[record.value("kind"_L1).toString()].insert(record.value("key"_L1).toString());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        qInfo("central backend: %s", test::usingPostgres() ? "PostgreSQL" : "embedded SQLCipher");
        auto ledger = test::freshCentralLedger(m_pair.tmp.filePath(u"central"_s), m_centralKeys);
        QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().message));
        m_central = std::make_unique<sync::CentralService>(std::move(ledger).value(), m_pair.clock);
        const sync::RightsSnapshot rights = test::demoRights(m_pair.data);
        for (const auto &resident : m_pair.data.residents) {
            m_homes.insert(core::idToString(resident.id), core::idToString(resident.unitId));
        }
        m_bjorkgarden = core::idToString(m_pair.data.units.at(0).id);
        QVERIFY(m_central->setRights(rights));
        QVERIFY(
            m_central->enrolDevice(m_pair.a->deviceId(), { m_pair.data.units.at(0).id, m_pair.data.units.at(1).id }));
        QVERIFY(m_central->enrolDevice(m_pair.b->deviceId(), { m_pair.data.units.at(0).id }));

        // A's whole outbox goes up first: every record of the demo keeps the rules.
        sync::DeviceSync a(*m_pair.a, m_pair.clock);
        for (int guard = 0; guard < 100; ++guard) {
            const auto batch = a.nextUpload(1000).value();
            if (batch.items.isEmpty()) {
                break;
            }
            const auto answer = m_central->applyUpload(batch);
            QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
            QVERIFY(a.acceptUploadResponse(batch, answer.value()));
            for (qsizetype i = 0; i < batch.items.size(); ++i) {
                const QJsonObject &record = batch.items.at(i).record;
                const QString kind = record.value("kind"_L1).toString();
                const QJsonObject row = record.value("row"_L1).toObject();
                QVERIFY2(answer.value().results.at(i).status == sync::ItemStatus::Accepted,
                    qPrintable(kind + u": "_s + answer.value().results.at(i).reason));
                const bool expired = kind == "day_note"_L1
                    && core::dayNoteExpired(qint64(row.value("wall_ms"_L1).toDouble()), m_pair.clock.nowMs());
                if (kind != "audit_event"_L1 && !expired
                    && m_homes.value(row.value("resident_id"_L1).toString()) == m_bjorkgarden) {
                    expect(record);
                }
            }
            m_nextSeq = batch.items.constLast().deviceSeq;
        }
        QVERIFY(m_nextSeq > 1000);
    }

    void poisonedRecordsAreRefusedWithTheirReasonAndShelved()
    {
        const QJsonObject entry = modelOf(u"journal_entry"_s);
        const QJsonObject correction = modelOf(u"correction"_s);
        QVERIFY(!entry.isEmpty() && !correction.isEmpty());
        const QString nowhere = core::idToString(m_pair.a->stamper().newId());
        // A journal entry of Solrosen's log: a Björkgården entry under its key collides, and a correction of it in
        // the same batch must not count on it (Björkgården's tablets never get Solrosen's entry).
        const QString solrosens
            = modelOf(u"journal_entry"_s, core::idToString(m_pair.data.units.at(1).id)).value("key"_L1).toString();
        QVERIFY(!solrosens.isEmpty());
        const QList<std::pair<QJsonObject, QString>> poisoned {
            { variant(entry, { { u"mood"_s, u"glad"_s } }), u"journal_entries has no column 'mood'"_s },
            { variant(entry, { { u"interpreter_used"_s, u"ja"_s } }),
                u"statement failed: cannot store TEXT value in INTEGER column journal_entries.interpreter_used"_s },
            { variant(entry, { { u"text"_s, QString() } }),
                u"statement failed: CHECK constraint failed: length(text) > 0"_s },
            { variant(entry, { { u"hlc"_s, u"tomorrow"_s } }), u"journal_entries.hlc is not a clock stamp"_s },
            { variant(entry, { { u"category"_s, u"gossip"_s } }), u"journal_entries.category is not a known code"_s },
            { variant(entry, { { u"text"_s, QString(20'001, u'a') } }),
                u"journal_entries.text is longer than 20000 characters"_s },
            { variant(entry, { { u"text"_s, QString(600'000, u'a') } }), u"the record is larger than 524288 bytes"_s },
            { variant(correction, { { u"entry_id"_s, nowhere } }),
                u"it refers to a journal_entry the unit's log does not hold (%1)"_s.arg(nowhere) },
            { test::recordVariant(entry, solrosens, {}), u"another record with the same key is stored"_s },
            { variant(correction, { { u"entry_id"_s, solrosens } }),
                u"it refers to a journal_entry the unit's log does not hold (%1)"_s.arg(solrosens) },
        };
        QList<QJsonObject> batch;
        for (const auto &[record, reason] : poisoned) {
            batch.append(record);
        }
        // After them, in the same batch: a good entry and a correction of it (a reference within the batch).
        const QJsonObject good = variant(entry, {});
        const QJsonObject fix = variant(correction, { { u"entry_id"_s, good.value("key"_L1).toString() } });
        batch << good << fix;
        const qint64 first = m_nextSeq + 1;
        const auto results = uploadAsA(batch);
        QCOMPARE(results.size(), batch.size());
        for (qsizetype i = 0; i < poisoned.size(); ++i) {
            QCOMPARE(results.at(i).status, sync::ItemStatus::Rejected);
            QCOMPARE(results.at(i).reason, poisoned.at(i).second);
        }
        QCOMPARE(results.at(poisoned.size()).status, sync::ItemStatus::Accepted);
        QVERIFY2(results.constLast().status == sync::ItemStatus::Accepted, qPrintable(results.constLast().reason));
        expect(good);
        expect(fix);

        // On the refused shelf (`aktenctl rejected`), each with its reason.
        const auto shelf = m_central->rejectedFor(m_pair.a->deviceId()).value();
        for (qsizetype i = 0; i < poisoned.size(); ++i) {
            const auto kept = std::find_if(
                shelf.cbegin(), shelf.cend(), [&](const sync::ItemResult &r) { return r.deviceSeq == first + i; });
            QVERIFY(kept != shelf.cend());
            QCOMPARE(kept->reason, poisoned.at(i).second);
        }
        // A retry of the batch changes nothing: the refused stay refused, the accepted are duplicates.
        m_nextSeq = first - 1;
        const auto again = uploadAsA(batch);
        QCOMPARE(again.at(0).reason, u"refused before"_s);
        QCOMPARE(again.constLast().status, sync::ItemStatus::Duplicate);
    }

    void aFreshTabletOfTheUnitDownloadsEverythingElseAndConverges()
    {
        sync::DeviceSync b(*m_pair.b, m_pair.clock);
        bool complete = false;
        for (int guard = 0; guard < 100 && !complete; ++guard) {
            const auto request = b.nextDownload(1000).value();
            const auto batch = m_central->download(request);
            QVERIFY2(batch, batch ? "" : qPrintable(batch.error().message));
            const auto applied = b.applyDownload(batch.value());
            QVERIFY2(applied, applied ? "" : qPrintable(applied.error().message));
            QVERIFY2(applied.value().rejected.isEmpty(), qPrintable(applied.value().rejected.join(u'\n')));
            QVERIFY2(applied.value().skipped.isEmpty(), qPrintable(applied.value().skipped.join(u'\n')));
            complete = !batch.value().more;
        }
        QVERIFY(complete);
        QVERIFY(b.markCompleted());
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            const records::RecordKind *kind = records::recordKind(it.key());
            QVERIFY(kind);
            auto ids = m_pair.b->db().prepare(u"SELECT id FROM %1 WHERE device_id = ?"_s.arg(kind->table));
            QVERIFY(ids);
            ids.value().bind(1, m_pair.a->deviceId());
            QSet<QString> held;
            QVERIFY(store::eachRow(ids.value(), [&](const store::Statement &row) { held.insert(row.text(0)); }));
            QCOMPARE(held, it.value());
        }
        QVERIFY(m_expected.value(u"journal_entry"_s).size() > 10);
    }
};

QTEST_GUILESS_MAIN(PoisonedRecordTest)
#include "poisonedrecordtest.moc"
