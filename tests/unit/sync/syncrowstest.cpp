// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The sync outbox and the generic record codec, across every kind that syncs: a demo store's outbox lists every
// record once in write order; exporting them all and importing them into another device's store reproduces them
// exactly, without queueing them there; importing again is a duplicate; anything malformed or forged is rejected
// and changes nothing. The demo has no closed case, so A closes one resident's case first: case_closure round-trips.
#include "tests/support/demopair.h"

#include "app/demo/demogenerator.h"
#include "app/demo/demoseeder.h"
#include "app/store/auditlog.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/storestats.h"
#include "sync/importer/syncrows.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;
using Outcome = sync::ImportOutcome::Status;

class SyncRowsTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    store::DeviceStore *m_a = nullptr;
    store::DeviceStore *m_b = nullptr;
    test::ManualClock &m_clock = m_pair.clock;
    QTemporaryDir &m_tmp = m_pair.tmp;
    demo::DemoData &m_data = m_pair.data;
    QList<QJsonObject> m_records; ///< everything A has to upload, in order

    static QMap<QString, qint64> counts(store::DeviceStore &s)
    {
        QMap<QString, qint64> map;
        for (const auto &[name, count] : store::storeCounts(s.db()).value()) {
            map.insert(name, count);
        }
        return map;
    }
    static qint64 outboxSize(store::DeviceStore &s)
    {
        return sync::SyncRows(s.db()).pending(0, 1'000'000).value().size();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        m_a = &*m_pair.a;
        m_b = &*m_pair.b;
        // The last resident moved: the final note, then the closure (both A's own, so queued after the demo's).
        const core::Resident &moved = m_data.residents.constLast();
        core::JournalEntry note;
        note.meta = m_a->stamper().stamp(m_data.staff.constFirst().id);
        note.residentId = moved.id;
        note.eventDate = QDate(2026, 11, 20);
        note.category = core::JournalCategory::FinalNote;
        note.text = u"Maja har flyttat hem till sin pappa. Insatserna avslutades i samråd med familjen."_s;
        note.authorName = u"Peter Sandin"_s;
        note.authorTitle = u"enhetschef"_s;
        QVERIFY(store::JournalRepository(m_a->db()).append(note));
        core::CaseClosure closure;
        closure.meta = m_a->stamper().stamp(m_data.staff.constFirst().id);
        closure.residentId = moved.id;
        closure.closedOn = QDate(2026, 11, 20);
        closure.reason = core::ClosureReason::Moved;
        closure.finalNoteId = note.meta.id;
        QVERIFY(store::CaseClosureRepository(m_a->db()).add(closure));
    }

    void outboxListsEveryRecordOnceInWriteOrder()
    {
        const auto entries = sync::SyncRows(m_a->db()).pending(0, 1'000'000).value();
        const auto c = test::DemoPair::ownCounts(*m_a);
        QVERIFY(!c.isEmpty());
        QVERIFY(c.value(u"plans"_s) < counts(*m_a).value(u"plans"_s)); // the other tablet's revision stays out
        const qint64 facts = c.value(u"plans"_s) + c.value(u"journal_entries"_s) + c.value(u"corrections"_s)
            + c.value(u"signatures"_s) + c.value(u"signature_retractions"_s) + c.value(u"consent_events"_s)
            + c.value(u"release_records"_s) + c.value(u"release_events"_s) + c.value(u"day_notes"_s)
            + c.value(u"day_note_reviews"_s) + c.value(u"plan_follow_ups"_s) + c.value(u"record_documents"_s)
            + c.value(u"quality_samples"_s) + c.value(u"quality_reviews"_s) + c.value(u"case_closures"_s);
        QCOMPARE(entries.size(), facts + c.value(u"audit_events"_s));
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries.at(i).deviceSeq, i + 1); // no gaps
        }
        // Write order keeps dependencies: a correction comes after the entry it corrects.
        QHash<QString, qint64> seqOf;
        sync::SyncRows rows(m_a->db());
        for (const auto &entry : entries) {
            seqOf.insert(entry.key, entry.deviceSeq);
            if (entry.kind == "correction"_L1) {
                const QString corrected
                    = rows.exportRecord(entry.kind, entry.key).value().value("row"_L1)["entry_id"_L1].toString();
                QVERIFY(seqOf.value(corrected) > 0 && seqOf.value(corrected) < entry.deviceSeq);
            }
        }
        QCOMPARE(sync::SyncRows(m_a->db()).pending(10, 5).value().first().deviceSeq, 11);
    }

    void everyKindRoundTripsIntoAnotherStore()
    {
        sync::SyncRows a(m_a->db());
        QSet<QString> kinds;
        for (const auto &entry : a.pending(0, 1'000'000).value()) {
            auto record = a.exportRecord(entry.kind, entry.key);
            QVERIFY2(record, qPrintable(entry.kind + u' ' + entry.key));
            m_records.append(record.value());
            kinds.insert(entry.kind);
        }
        for (const auto &kind : records::recordKinds()) {
            if (kind.merge != records::MergeClass::Master) { // master data comes from the centre, never the outbox
                QVERIFY2(kinds.contains(kind.name), qPrintable(u"the demo has no "_s + kind.name));
            }
        }
        const qint64 queuedBefore = outboxSize(*m_b);
        const auto outcomes = sync::SyncRows(m_b->db()).importRecords(m_records);
        QVERIFY(outcomes);
        for (const auto &outcome : outcomes.value()) {
            QVERIFY2(outcome.status == Outcome::Accepted, qPrintable(outcome.key + u": "_s + outcome.reason));
        }
        const auto ca = test::DemoPair::ownCounts(*m_a);
        const auto cb = counts(*m_b);
        for (const char *name : { "plans", "journal_entries", "corrections", "signatures", "signature_retractions",
                 "consent_events", "release_records", "release_events", "day_notes", "day_note_reviews",
                 "plan_follow_ups", "record_documents", "quality_samples", "quality_reviews", "case_closures" }) {
            QCOMPARE(cb.value(QLatin1String(name)), ca.value(QLatin1String(name)));
        }
        QCOMPARE(cb.value(u"audit_events"_s), ca.value(u"audit_events"_s) + queuedBefore); // A's chain + B's own
        QCOMPARE(outboxSize(*m_b), queuedBefore); // downloaded rows are not uploaded again from B
        const auto verified = store::AuditLog(m_b->db()).verify(); // A's chain arrived intact next to B's
        QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
        for (const QJsonObject &record : std::as_const(m_records)) { // byte-for-byte the same records
            QCOMPARE(sync::SyncRows(m_b->db())
                         .exportRecord(record.value("kind"_L1).toString(), record.value("key"_L1).toString())
                         .value(),
                record);
        }
    }

    void importingAgainIsADuplicate()
    {
        const auto before = counts(*m_b);
        const auto outcomes = sync::SyncRows(m_b->db()).importRecords(m_records); // every kind
        QVERIFY(outcomes);
        for (const auto &outcome : outcomes.value()) {
            QVERIFY2(outcome.status == Outcome::Duplicate, qPrintable(outcome.key + u": "_s + outcome.reason));
        }
        QCOMPARE(counts(*m_b), before);
    }

    void everyFactIsKeyedByItsTablesPrimaryKey()
    {
        // SyncRows inserts a fact first and looks for a stored record only if the insert is refused: that finds
        // every stored record only if the record's key is its table's whole primary key.
        for (const records::RecordKind &kind : records::recordKinds()) {
            if (kind.merge == records::MergeClass::Master || kind.merge == records::MergeClass::Audit) {
                continue;
            }
            QCOMPARE(kind.keyColumns, QStringList { u"id"_s });
            auto pk = m_b->db().prepare(u"SELECT group_concat(name) FROM pragma_table_info(?) WHERE pk > 0"_s);
            QVERIFY(pk);
            pk.value().bind(1, kind.table);
            QVERIFY(pk.value().step().value());
            QVERIFY2(pk.value().text(0) == u"id"_s, qPrintable(kind.table + u": "_s + pk.value().text(0)));
        }
    }

    void aNewerMasterVersionReplacesTheRowAndKeepsWhatRefersToIt()
    {
        sync::SyncRows rows(m_b->db());
        const auto master = sync::SyncRows(m_a->db()).exportMaster().value();
        const auto resident = std::find_if(
            master.cbegin(), master.cend(), [](const QJsonObject &r) { return r.value("kind"_L1) == "resident"_L1; });
        QVERIFY(resident != master.cend());
        const QString key = resident->value("key"_L1).toString();
        QCOMPARE(rows.exportRecord(u"resident"_s, key).value(), *resident); // B holds the same version
        const auto journalBefore = counts(*m_b).value(u"journal_entries"_s);
        const qint64 queuedBefore = outboxSize(*m_b);
        QJsonObject moved = *resident; // moved to another room, contacts changed to one person
        QJsonObject row = moved.value("row"_L1).toObject();
        row.insert(u"room"_s, u"Rum 99"_s);
        moved.insert(u"row"_s, row);
        QJsonObject children = moved.value("children"_L1).toObject();
        QJsonArray contacts = children.value("resident_contacts"_L1).toArray();
        QVERIFY(contacts.size() >= 1);
        while (contacts.size() > 1) {
            contacts.removeLast();
        }
        children.insert(u"resident_contacts"_s, contacts);
        moved.insert(u"children"_s, children);
        const auto outcomes = rows.importRecords({ moved });
        QCOMPARE(outcomes.value().constFirst().status, Outcome::Accepted);
        QCOMPARE(rows.exportRecord(u"resident"_s, key).value(), moved);
        QCOMPARE(counts(*m_b).value(u"journal_entries"_s), journalBefore); // the resident's journal is untouched
        QCOMPARE(rows.importRecords({ moved }).value().constFirst().status, Outcome::Duplicate);
        QCOMPARE(outboxSize(*m_b), queuedBefore); // not queued: master data never goes up
        QCOMPARE(rows.importRecords({ *resident }).value().constFirst().status, Outcome::Accepted); // back again
    }

    void malformedAndForgedRecordsAreRejectedAndChangeNothing()
    {
        QJsonObject journal;
        for (const QJsonObject &record : std::as_const(m_records)) {
            if (record.value("kind"_L1) == "journal_entry"_L1) {
                journal = record;
            }
        }
        const auto with = [&](const QString &field, const QJsonValue &value) {
            QJsonObject row = journal.value("row"_L1).toObject();
            row.insert(field, value);
            QJsonObject record = journal;
            record.insert(u"row"_s, row);
            return record;
        };
        const QString newId = core::idToString(m_b->stamper().newId());
        QJsonObject unknownKind = journal;
        unknownKind.insert(u"kind"_s, u"telegram"_s);
        QJsonObject wrongKey = with(u"id"_s, newId); // key says one record, row another
        QJsonObject forged = with(u"text"_s, u"Något helt annat."_s); // same key, other content
        QJsonObject extraColumn = with(u"password"_s, u"x"_s);
        QJsonObject badType = with(u"id"_s, newId);
        badType.insert(u"key"_s, newId);
        badType = [&] {
            QJsonObject row = badType.value("row"_L1).toObject();
            row.insert(u"interpreter_used"_s, u"yes"_s); // STRICT table: TEXT in an INTEGER column
            QJsonObject r = badType;
            r.insert(u"row"_s, row);
            return r;
        }();
        QJsonObject fraction = with(u"id"_s, newId);
        fraction.insert(u"key"_s, newId);
        fraction = [&] {
            QJsonObject row = fraction.value("row"_L1).toObject();
            row.insert(u"wall_ms"_s, 1.5);
            QJsonObject r = fraction;
            r.insert(u"row"_s, row);
            return r;
        }();
        const QString colon = newId.left(8) + u':' + newId.mid(9); // two key parts for an id-keyed kind
        QJsonObject colonKey = with(u"id"_s, colon);
        colonKey.insert(u"key"_s, colon);
        const auto before = counts(*m_b);
        const qint64 queued = outboxSize(*m_b);
        const auto outcomes = sync::SyncRows(m_b->db()).importRecords(
            { unknownKind, wrongKey, forged, extraColumn, badType, fraction, QJsonObject {}, colonKey });
        QVERIFY(outcomes);
        for (const auto &outcome : outcomes.value()) {
            QVERIFY2(outcome.status == Outcome::Rejected, qPrintable(outcome.key));
            QVERIFY(!outcome.reason.isEmpty());
            QVERIFY(!outcome.reason.contains(u"Något"_s)); // reasons never carry the content
        }
        // A fact is inserted first and looked up only if refused: the reasons are the ones looking first gave.
        QCOMPARE(outcomes.value().at(2).reason, u"another record with the same key is stored"_s);
        QCOMPARE(outcomes.value().at(7).reason, u"journal_entries.id is not an id"_s); // never tried as a key
        QCOMPARE(counts(*m_b), before);
        QCOMPARE(outboxSize(*m_b), queued);
        // A good record in the same batch as bad ones still goes in.
        QJsonObject good = with(u"id"_s, newId);
        good.insert(u"key"_s, newId);
        const auto mixed = sync::SyncRows(m_b->db()).importRecords({ forged, good });
        QCOMPARE(mixed.value().at(0).status, Outcome::Rejected);
        QCOMPARE(mixed.value().at(1).status, Outcome::Accepted);
        QCOMPARE(counts(*m_b).value(u"journal_entries"_s), before.value(u"journal_entries"_s) + 1);
    }

    void auditChainsArriveWithoutGapsOrForks()
    {
        test::TestKeyProvider keys;
        auto created = store::DeviceStore::create(m_tmp.filePath(u"c"_s), keys, m_clock);
        QVERIFY(created);
        store::DeviceStore c = std::move(created).value();
        QList<QJsonObject> chain;
        for (const QJsonObject &record : std::as_const(m_records)) {
            if (record.value("kind"_L1) == "audit_event"_L1 && chain.size() < 5) {
                chain.append(record);
            }
        }
        QCOMPARE(chain.size(), 5);
        sync::SyncRows rows(c.db());
        QCOMPARE(rows.importRecords(chain.mid(0, 3)).value().at(2).status, Outcome::Accepted);
        const auto gap = rows.importRecords({ chain.at(4) }).value().constFirst(); // seq 4 missing
        QCOMPARE(gap.status, Outcome::Rejected);
        QVERIFY(gap.reason.contains(u"gap"_s));
        QJsonObject forked = chain.at(3);
        QJsonObject row = forked.value("row"_L1).toObject();
        row.insert(u"prev_hash"_s, QJsonObject { { u"b64"_s, QString::fromLatin1(QByteArray(32, 'x').toBase64()) } });
        forked.insert(u"row"_s, row);
        const auto fork = rows.importRecords({ forked }).value().constFirst();
        QCOMPARE(fork.status, Outcome::Rejected);
        QVERIFY(fork.reason.contains(u"fork"_s));
        QCOMPARE(rows.importRecords({ chain.at(3), chain.at(4) }).value().at(1).status, Outcome::Accepted);
        QVERIFY(store::AuditLog(c.db()).verify());
    }
};

QTEST_GUILESS_MAIN(SyncRowsTest)
#include "syncrowstest.moc"
