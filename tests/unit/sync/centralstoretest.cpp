// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The central store's contract, run against the embedded backend and (centralstoretest_pg, through
// tests/support/with-postgres.sh) against a real PostgreSQL server: idempotent ordered uploads answered per record,
// current rights re-checked (audit events stored and flagged instead), forged origins and audit gaps and forks refused
// with their reason and kept, scope from the enrolment only, revoked
// devices refused, and two devices converging.
#include "tests/support/auditwrite.h"
#include "tests/support/centralfixture.h"
#include "tests/support/demopair.h"

#include "app/core/caretime.h"
#include "app/core/daynotes.h"
#include "app/store/auditlog.h"
#include "app/store/daynoterepository.h"
#include "app/store/journalrepository.h"
#include "app/store/storestats.h"
#include "app/store/syncstaterepository.h"
#include "sync/client/devicesync.h"
#include "sync/importer/syncrows.h"
#include "sync/server/centralservice.h"
#include "sync/server/masterimport.h"
#include "sync/server/pg/pgconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace akten;
using namespace Qt::StringLiterals;

class CentralStoreTest : public QObject
{
    Q_OBJECT

private:
    test::DemoPair m_pair;
    test::TestKeyProvider m_centralKeys;
    std::unique_ptr<sync::CentralStore> m_central;
    core::Id m_bjorkgarden;
    core::Id m_solrosen;
    QString m_conninfo; ///< the PostgreSQL database of this run (empty on the embedded backend)

    sync::RightsSnapshot rights(const QList<core::Id> &inactive = {}) const
    {
        return test::demoRights(m_pair.data, inactive);
    }

    /** Uploads everything A has in batches, through the codec; returns every result. */
    QList<sync::ItemResult> uploadAll(store::DeviceStore &device)
    {
        sync::DeviceSync client(device, m_pair.clock);
        QList<sync::ItemResult> all;
        for (int guard = 0; guard < 100; ++guard) {
            const auto batch = client.nextUpload(700).value();
            if (batch.items.isEmpty()) {
                break;
            }
            const auto sent = std::get<sync::UploadRequest>(sync::decodeUploadRequest(sync::encode(batch)));
            const auto answer = m_central->applyUpload(sent);
            [&] { QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message)); }();
            if (!answer) {
                break;
            }
            const auto received
                = std::get<sync::UploadResponse>(sync::decodeUploadResponse(sync::encode(answer.value())));
            [&] { QVERIFY(client.acceptUploadResponse(batch, received)); }();
            all += received.results;
        }
        return all;
    }

    /** Uploads one record from a fresh tablet of Björkgården as its first: the reason it was refused, if it was. */
    QString awkwardUpload(const QJsonObject &record)
    {
        const QString tablet = core::idToString(m_pair.a->stamper().newId());
        if (!m_central->enrolDevice(tablet, { m_bjorkgarden })) {
            return u"not enrolled"_s;
        }
        QJsonObject copy = record;
        QJsonObject row = copy.value("row"_L1).toObject();
        row.insert(u"device_id"_s, tablet);
        copy.insert(u"row"_s, row);
        const auto answer = m_central->applyUpload({ tablet, { { 1, copy } } });
        return answer ? answer.value().results.constFirst().reason : answer.error().message;
    }

    /** Every record key of `kind` that a download from the start of the log would give device B. */
    QSet<QString> downloadableKeys(const QString &kind)
    {
        QSet<QString> keys;
        qint64 cursor = 0;
        const QString master = store::SyncStateRepository(m_pair.b->db()).masterHash().value();
        for (int guard = 0; guard < 200; ++guard) {
            const auto batch = m_central->download({ m_pair.b->deviceId(), cursor, 1000, master }).value();
            for (const auto &item : batch.items) {
                if (item.record.value("kind"_L1).toString() == kind) {
                    keys.insert(item.record.value("key"_L1).toString());
                }
            }
            cursor = batch.nextCursor;
            if (!batch.more) {
                break;
            }
        }
        return keys;
    }

    /** A day note on A about a Björkgården resident, written at the clock's time minus `daysAgo`. */
    core::Id writeDayNoteOnA(int daysAgo, const QString &text)
    {
        const qint64 now = m_pair.clock.nowMs();
        m_pair.clock.set(now - qint64(daysAgo) * 24 * 3600 * 1000);
        const auto resident = std::find_if(m_pair.data.residents.cbegin(), m_pair.data.residents.cend(),
            [&](const core::Resident &r) { return r.unitId == m_bjorkgarden; });
        const auto author = std::find_if(m_pair.data.staff.cbegin(), m_pair.data.staff.cend(),
            [&](const core::Staff &s) { return s.active && s.unitIds.contains(m_bjorkgarden); });
        core::DayNote note { m_pair.a->stamper().stamp(author->id), resident->id, text };
        const bool added = store::DayNoteRepository(m_pair.a->db()).add(note).ok();
        m_pair.clock.set(now);
        return added ? note.meta.id : core::Id {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_pair.create());
        qInfo("central backend: %s", test::usingPostgres() ? "PostgreSQL" : "embedded SQLCipher");
        auto ledger = test::freshCentralLedger(m_pair.tmp.filePath(u"central"_s), m_centralKeys, &m_conninfo);
        QVERIFY2(ledger, ledger ? "" : qPrintable(ledger.error().message));
        m_central = std::make_unique<sync::CentralService>(std::move(ledger).value(), m_pair.clock);
        m_bjorkgarden = m_pair.data.units.at(0).id;
        m_solrosen = m_pair.data.units.at(1).id;
        QVERIFY(m_central->setRights(rights()));
        QVERIFY(m_central->enrolDevice(m_pair.a->deviceId(), { m_bjorkgarden, m_solrosen }));
        QVERIFY(m_central->enrolDevice(m_pair.b->deviceId(), { m_bjorkgarden }));
    }

    void unknownDevicesAreRefused()
    {
        const auto refused = m_central->applyUpload({ core::idToString(m_pair.b->stamper().newId()), {} });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Forbidden);
    }

    void everythingUploadsOnceAndRetriesAreDuplicates()
    {
        const qint64 pending = sync::DeviceSync(*m_pair.a, m_pair.clock).pendingUploads().value();
        const auto results = uploadAll(*m_pair.a);
        QCOMPARE(results.size(), pending);
        for (const auto &result : results) {
            QVERIFY2(result.status == sync::ItemStatus::Accepted, qPrintable(result.reason));
        }
        QCOMPARE(sync::DeviceSync(*m_pair.a, m_pair.clock).pendingUploads().value(), 0);
        // The client lost the answer and sends the first batch again: nothing changes, all duplicates.
        sync::UploadRequest again { m_pair.a->deviceId(), {} };
        sync::SyncRows rows(m_pair.a->db());
        for (const auto &entry : rows.pending(0, 50).value()) {
            again.items.append({ entry.deviceSeq, rows.exportRecord(entry.kind, entry.key).value() });
        }
        const auto answer = m_central->applyUpload(again).value();
        for (const auto &result : answer.results) {
            QCOMPARE(result.status, sync::ItemStatus::Duplicate);
        }
        QCOMPARE(answer.ackedThrough, pending);
        // A batch that would leave a gap is refused as a whole.
        sync::UploadRequest gap { m_pair.a->deviceId(), { { pending + 5, again.items.first().record } } };
        const auto refused = m_central->applyUpload(gap);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"gap"_s));
    }

    void scopeComesFromTheEnrolment()
    {
        sync::DeviceSync b(*m_pair.b, m_pair.clock);
        QSet<QString> residentsSeen;
        for (int guard = 0; guard < 100; ++guard) {
            const auto request = b.nextDownload(400).value();
            const auto batch = m_central->download(request).value();
            const auto wired = std::get<sync::DownloadResponse>(sync::decodeDownloadResponse(sync::encode(batch)));
            for (const auto &item : wired.items) {
                residentsSeen.insert(item.record.value("row"_L1).toObject().value("resident_id"_L1).toString());
                QVERIFY(item.record.value("kind"_L1) != "audit_event"_L1);
            }
            const auto applied = b.applyDownload(wired).value();
            QVERIFY2(applied.rejected.isEmpty(), qPrintable(applied.rejected.join(u'\n')));
            if (!wired.more) {
                break;
            }
        }
        QVERIFY(!residentsSeen.isEmpty());
        for (const auto &resident : m_pair.data.residents) {
            QCOMPARE(residentsSeen.contains(core::idToString(resident.id)),
                resident.unitId == m_bjorkgarden && residentsSeen.contains(core::idToString(resident.id)));
            if (resident.unitId == m_solrosen) {
                QVERIFY(!residentsSeen.contains(core::idToString(resident.id))); // another unit: nothing
            }
        }
        // B now holds exactly Björkgården's journal.
        qint64 expected = 0;
        for (const auto &entry : m_pair.data.journal) {
            for (const auto &resident : m_pair.data.residents) {
                expected += resident.id == entry.residentId && resident.unitId == m_bjorkgarden ? 1 : 0;
            }
        }
        qint64 journal = 0;
        for (const auto &[name, count] : store::storeCounts(m_pair.b->db()).value()) {
            journal = name == "journal_entries"_L1 ? count : journal;
        }
        QCOMPARE(journal, expected);
    }

    void dayNotesTravelToTheUnitsOtherTabletUntilTheyArePurged()
    {
        const qint64 start = m_pair.clock.nowMs();
        const QString text = u"Överlämning: tandläkartiden är flyttad till torsdag klockan tio."_s;
        const core::Id fresh = writeDayNoteOnA(0, text);
        const core::Id old = writeDayNoteOnA(95, u"En gammal anteckning som aldrig ska ut."_s);
        const core::Id purgedHere = writeDayNoteOnA(96, u"Raderad på plattan innan den skickades."_s);
        QVERIFY(!fresh.isNull() && !old.isNull() && !purgedHere.isNull());
        const qint64 cutoff = core::dayNotePurgeCutoffMs(start);
        QVERIFY(store::DayNoteRepository(m_pair.a->db()).purge(purgedHere, cutoff));
        for (const auto &result : uploadAll(*m_pair.a)) {
            QVERIFY2(result.status == sync::ItemStatus::Accepted, qPrintable(result.reason));
        }
        QCOMPARE(sync::DeviceSync(*m_pair.a, m_pair.clock).pendingUploads().value(), 0);
        // Only the fresh note is in the central log; the expired one and the purged one never arrived.
        const QSet<QString> central = downloadableKeys(u"day_note"_s);
        QVERIFY(central.contains(core::idToString(fresh)));
        QVERIFY(!central.contains(core::idToString(old)));
        QVERIFY(!central.contains(core::idToString(purgedHere)));

        // Tablet B gets the handover.
        sync::DeviceSync b(*m_pair.b, m_pair.clock);
        for (int guard = 0; guard < 100; ++guard) {
            const auto batch = m_central->download(b.nextDownload(400).value()).value();
            QVERIFY(b.applyDownload(batch).value().rejected.isEmpty());
            if (!batch.more) {
                break;
            }
        }
        const auto onB = store::DayNoteRepository(m_pair.b->db()).find(fresh).value();
        QVERIFY(onB.has_value());
        QCOMPARE(onB->note.text, text);

        // A tablet does not store a day note past its 90 days that comes down (it purged it, or would at once).
        QJsonObject expired = sync::SyncRows(m_pair.a->db()).exportRecord(u"day_note"_s, core::idToString(old)).value();
        sync::SyncRows rows(m_pair.b->db());
        rows.skipDayNotesWrittenBefore(cutoff);
        QCOMPARE(rows.importRecords({ expired }).value().constFirst().status, sync::ImportOutcome::Status::Duplicate);
        QVERIFY(!store::DayNoteRepository(m_pair.b->db()).find(old).value().has_value());

        // 90 care days after writing, the central store purges it (before any download) and never sends it again.
        m_pair.clock.set(core::careInstantMs(core::careDate(onB->note.meta.wallMs).addDays(90), QTime(0, 0)));
        const auto purged = static_cast<sync::CentralService &>(*m_central).purgeExpiredDayNotes();
        QVERIFY2(purged, purged ? "" : qPrintable(purged.error().message));
        QVERIFY(purged.value() >= 1);
        QVERIFY(!downloadableKeys(u"day_note"_s).contains(core::idToString(fresh)));
        // A retry of the upload that carried it is a duplicate, not an error.
        sync::UploadRequest again { m_pair.a->deviceId(), {} };
        for (const auto &entry : sync::SyncRows(m_pair.a->db()).pending(0, 100000).value()) {
            if (entry.kind == "day_note"_L1 && entry.key == core::idToString(fresh)) {
                again.items.append(
                    { entry.deviceSeq, sync::SyncRows(m_pair.a->db()).exportRecord(entry.kind, entry.key).value() });
            }
        }
        QCOMPARE(again.items.size(), 1);
        const auto answer = m_central->applyUpload(again);
        QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
        QVERIFY(answer.value().results.constFirst().status != sync::ItemStatus::Rejected);
        m_pair.clock.set(start);
        if (test::usingPostgres()) { // the log stays append-only for everything but the purge of expired day notes
            QVERIFY(!writeDayNoteOnA(0, u"Ny överlämning."_s).isNull());
            QVERIFY(!uploadAll(*m_pair.a).isEmpty());
            auto pg = sync::pg::PgConnection::connect(m_conninfo);
            QVERIFY(pg);
            QVERIFY(!pg.value()->exec(u"DELETE FROM records WHERE kind = 'journal_entry'"_s));
            QVERIFY(!pg.value()->exec(u"DELETE FROM records WHERE kind = 'day_note'"_s)); // outside the purge
            QVERIFY(!pg.value()->exec(u"UPDATE records SET body = body WHERE kind = 'day_note'"_s));
        }
    }

    void awkwardTextIsStoredAndSentBackExactly()
    {
        // COPY's text format and PostgreSQL array literals must escape these; a journal note may hold any of them.
        const QString awkward = u"Tab\there, new\nline, CR\r, backslash \\ and \\N, \"quoted\", {braces}, a,b, 😀 åäö"_s;
        const auto resident = std::find_if(m_pair.data.residents.cbegin(), m_pair.data.residents.cend(),
            [&](const core::Resident &r) { return r.unitId == m_bjorkgarden; });
        const auto author = std::find_if(m_pair.data.staff.cbegin(), m_pair.data.staff.cend(),
            [&](const core::Staff &s) { return s.active && s.unitIds.contains(m_bjorkgarden); });
        QVERIFY(resident != m_pair.data.residents.cend() && author != m_pair.data.staff.cend());
        core::JournalEntry entry;
        entry.meta = m_pair.a->stamper().stamp(author->id);
        entry.residentId = resident->id;
        entry.eventDate = QDate(2026, 11, 20);
        entry.text = awkward;
        entry.authorName = author->displayName();
        entry.authorTitle = author->title;
        QVERIFY(store::JournalRepository(m_pair.a->db()).append(entry));
        const auto results = uploadAll(*m_pair.a);
        QCOMPARE(results.size(), 1);
        QVERIFY2(results.constFirst().status == sync::ItemStatus::Accepted, qPrintable(results.constFirst().reason));

        // A tablet of the unit gets it back character for character.
        const QString tablet = core::idToString(m_pair.a->stamper().newId());
        QVERIFY(m_central->enrolDevice(tablet, { m_bjorkgarden }));
        const QString key = core::idToString(entry.meta.id);
        QString received;
        sync::DownloadRequest request { tablet, 0, 1000 };
        for (int guard = 0; guard < 100 && received.isNull(); ++guard) {
            const auto batch = std::get<sync::DownloadResponse>(
                sync::decodeDownloadResponse(sync::encode(m_central->download(request).value())));
            for (const auto &item : batch.items) {
                if (item.record.value("key"_L1).toString() == key) {
                    received = item.record.value("row"_L1).toObject().value("text"_L1).toString();
                }
            }
            request.cursor = batch.nextCursor;
            if (!batch.more) {
                break;
            }
        }
        QCOMPARE(received, awkward);

        // Ids from an upload are looked up as they are: an awkward resident id is an unknown resident, not an error.
        QJsonObject record = sync::SyncRows(m_pair.a->db()).exportRecord(u"journal_entry"_s, key).value();
        QJsonObject row = record.value("row"_L1).toObject();
        const QString id = core::idToString(m_pair.a->stamper().newId());
        row.insert(u"id"_s, id);
        row.insert(u"resident_id"_s, u"a\"b\\c,{d}"_s);
        row.insert(u"author_id"_s, u"x\"},{\"y\\"_s); // ends in a backslash
        record.insert(u"row"_s, row);
        record.insert(u"key"_s, id);
        QCOMPARE(awkwardUpload(record), u"unknown resident"_s);
    }

    void currentRightsForgedOriginsAndForksAreRejectedAndKept()
    {
        // B writes as Anna; Anna is removed from the staff before B docks.
        const auto anna = std::find_if(m_pair.data.staff.cbegin(), m_pair.data.staff.cend(),
            [](const core::Staff &s) { return s.firstName == "Anna"_L1; });
        core::AuditEvent event;
        event.meta = m_pair.b->stamper().stamp(anna->id);
        event.staffRole = u"care_staff"_s;
        event.action = u"view.residents"_s;
        QVERIFY(test::appendAudit(m_pair.b->db(), event));
        QVERIFY(m_central->setRights(rights({ anna->id })));
        sync::DeviceSync b(*m_pair.b, m_pair.clock);
        const auto batch = b.nextUpload(1000).value();
        QVERIFY(!batch.items.isEmpty());
        const auto answer = m_central->applyUpload(batch).value();
        // An audit event is history: stored whatever the author's rights are now, and flagged.
        QCOMPARE(answer.results.constLast().status, sync::ItemStatus::Accepted);
        QCOMPARE(m_central->flaggedAuditFor(m_pair.b->deviceId()).value().constLast().deviceSeq,
            answer.results.constLast().deviceSeq);
        QCOMPARE(m_central->flaggedAuditFor(m_pair.b->deviceId()).value().constLast().reason,
            u"the author is not active staff of the unit now"_s);
        QVERIFY(b.acceptUploadResponse(batch, answer));
        QVERIFY(m_central->setRights(rights()));

        // Audit events that break B's chain: the same event again under the next seq (a gap: its seq is the head's),
        // then the next event chained to another previous hash (a fork).
        sync::SyncRows bRows(m_pair.b->db());
        const qint64 head = store::AuditLog(m_pair.b->db()).events().value().size();
        QJsonObject replayed
            = bRows.exportRecord(u"audit_event"_s, u"%1:%2"_s.arg(m_pair.b->deviceId()).arg(head)).value();
        qint64 bNext = store::SyncStateRepository(m_pair.b->db()).ackedThrough().value() + 1;
        const auto gapAnswer = m_central->applyUpload({ m_pair.b->deviceId(), { { bNext, replayed } } });
        QVERIFY2(gapAnswer, gapAnswer ? "" : qPrintable(gapAnswer.error().message));
        const auto gap = gapAnswer.value();
        QCOMPARE(gap.results.constFirst().status, sync::ItemStatus::Rejected);
        QCOMPARE(gap.results.constFirst().reason, u"audit chain gap (expected seq %1)"_s.arg(head + 1));
        QJsonObject forkRow = replayed.value("row"_L1).toObject();
        forkRow.insert(u"seq"_s, head + 1);
        forkRow.insert(
            u"prev_hash"_s, QJsonObject { { u"b64"_s, QString::fromLatin1(QByteArray(32, 'f').toBase64()) } });
        QJsonObject fork = replayed;
        fork.insert(u"row"_s, forkRow);
        fork.insert(u"key"_s, u"%1:%2"_s.arg(m_pair.b->deviceId()).arg(head + 1));
        const auto forkAnswer = m_central->applyUpload({ m_pair.b->deviceId(), { { bNext + 1, fork } } });
        QVERIFY2(forkAnswer, forkAnswer ? "" : qPrintable(forkAnswer.error().message));
        const auto forked = forkAnswer.value();
        QCOMPARE(forked.results.constFirst().status, sync::ItemStatus::Rejected);
        QCOMPARE(forked.results.constFirst().reason, u"audit chain fork or rollback at seq %1"_s.arg(head + 1));
        QCOMPARE(m_central->rejectedFor(m_pair.b->deviceId()).value().size(), 2); // kept for a manager

        // A record that names another device as its origin.
        sync::SyncRows rows(m_pair.a->db());
        const auto entries = rows.pending(0, 5).value();
        QJsonObject forged = rows.exportRecord(entries.at(0).kind, entries.at(0).key).value();
        QJsonObject row = forged.value("row"_L1).toObject();
        row.insert(u"device_id"_s, m_pair.b->deviceId());
        forged.insert(u"row"_s, row);
        const qint64 next = bNext + 2;
        const auto refused = m_central->applyUpload({ m_pair.b->deviceId(), { { next, forged } } }).value();
        QCOMPARE(refused.results.constFirst().status, sync::ItemStatus::Rejected);
        QCOMPARE(refused.results.constFirst().reason, u"another record with the same key is stored"_s);

        // A forged author: a journal entry for a Björkgården resident signed as staff of Solrosen only.
        const auto outsider = std::find_if(m_pair.data.staff.cbegin(), m_pair.data.staff.cend(),
            [&](const core::Staff &s) { return s.active && s.unitIds == QList<core::Id> { m_solrosen }; });
        QVERIFY(outsider != m_pair.data.staff.cend());
        QJsonObject journal;
        for (const auto &entry : rows.pending(0, 1'000'000).value()) {
            const QJsonObject record = rows.exportRecord(entry.kind, entry.key).value();
            const QString resident = record.value("row"_L1).toObject().value("resident_id"_L1).toString();
            const bool home = std::any_of(
                m_pair.data.residents.cbegin(), m_pair.data.residents.cend(), [&](const core::Resident &r) {
                    return core::idToString(r.id) == resident && r.unitId == m_bjorkgarden;
                });
            if (entry.kind == "journal_entry"_L1 && home) {
                journal = record;
                break;
            }
        }
        QVERIFY(!journal.isEmpty());
        QJsonObject byOutsider = journal.value("row"_L1).toObject();
        const QString id = core::idToString(m_pair.b->stamper().newId());
        byOutsider.insert(u"id"_s, id);
        byOutsider.insert(u"device_id"_s, m_pair.b->deviceId());
        byOutsider.insert(u"author_id"_s, core::idToString(outsider->id));
        journal.insert(u"row"_s, byOutsider);
        journal.insert(u"key"_s, id);
        const auto wrongAuthor = m_central->applyUpload({ m_pair.b->deviceId(), { { next + 1, journal } } }).value();
        QCOMPARE(wrongAuthor.results.constFirst().status, sync::ItemStatus::Rejected);
        QVERIFY(wrongAuthor.results.constFirst().reason.contains(u"not active staff"_s));
    }

    void masterDataFlowsDownInScopeAndStaysCurrent()
    {
        const auto exported = sync::SyncRows(m_pair.a->db()).exportMaster().value();
        const auto importOf = [](const QList<QJsonObject> &records) {
            QJsonArray array;
            for (const auto &record : records) {
                array.append(record);
            }
            return QJsonDocument(QJsonObject { { u"protocol"_s, 1 }, { u"records"_s, array } }).toJson();
        };
        auto master = sync::parseMasterImport(importOf(exported));
        QVERIFY2(master, master ? "" : qPrintable(master.error().message));
        QVERIFY(m_central->importMaster(master.value()));

        test::TestKeyProvider keys;
        auto c = store::DeviceStore::create(m_pair.tmp.filePath(u"c"_s), keys, m_pair.clock);
        QVERIFY(c);
        QVERIFY(m_central->enrolDevice(c.value().deviceId(), { m_bjorkgarden }));
        sync::DeviceSync client(c.value(), m_pair.clock);
        const auto downloadOnce = [&] {
            const auto batch = m_central->download(client.nextDownload(1000).value()).value();
            return std::get<sync::DownloadResponse>(sync::decodeDownloadResponse(sync::encode(batch)));
        };
        const auto first = downloadOnce();
        QVERIFY(first.master && first.items.isEmpty() && first.more); // master data first, alone
        QVERIFY(client.applyDownload(first));
        const auto residents = [&](const core::Id &unit) {
            auto query = c.value().db().prepare(u"SELECT count(*) FROM residents WHERE unit_id = ?"_s).value();
            query.bind(1, core::idToString(unit));
            return query.step().value() ? query.int64(0) : -1;
        };
        const auto inUnit = std::count_if(m_pair.data.residents.cbegin(), m_pair.data.residents.cend(),
            [&](const core::Resident &r) { return r.unitId == m_bjorkgarden; });
        QCOMPARE(residents(m_bjorkgarden), inUnit);
        QCOMPARE(residents(m_solrosen), 0); // another unit's residents never reach this tablet
        const auto second = downloadOnce();
        QVERIFY(!second.master); // current now: not sent again
        QVERIFY(!second.items.isEmpty());

        // A staff member left out of the next import comes down as inactive, not silently missing.
        const auto leaver = std::find_if(m_pair.data.staff.cbegin(), m_pair.data.staff.cend(),
            [&](const core::Staff &s) { return s.active && s.unitIds == QList<core::Id> { m_bjorkgarden }; });
        QList<QJsonObject> fewer = exported;
        fewer.removeIf([&](const QJsonObject &r) { return r.value("key"_L1) == core::idToString(leaver->id); });
        QVERIFY(m_central->importMaster(sync::parseMasterImport(importOf(fewer)).value()));
        const auto third = downloadOnce();
        QVERIFY(third.master);
        QVERIFY(client.applyDownload(third));
        auto active = c.value().db().prepare(u"SELECT active FROM staff WHERE id = ?"_s).value();
        active.bind(1, core::idToString(leaver->id));
        QVERIFY(active.step().value());
        QCOMPARE(active.int64(0), 0);

        // Tablets never write master data: an upload of it is refused and kept.
        QJsonObject unit = exported.constFirst();
        QJsonObject row = unit.value("row"_L1).toObject();
        row.insert(u"device_id"_s, c.value().deviceId());
        unit.insert(u"row"_s, row);
        const auto refused = m_central->applyUpload({ c.value().deviceId(), { { 1, unit } } }).value();
        QCOMPARE(refused.results.constFirst().status, sync::ItemStatus::Rejected);
        // A malformed import changes nothing: a resident in a unit that is not in the import.
        QList<QJsonObject> orphan = exported;
        orphan.removeIf([&](const QJsonObject &r) { return r.value("key"_L1) == core::idToString(m_solrosen); });
        QVERIFY(!sync::parseMasterImport(importOf(orphan)));
        QVERIFY(!sync::parseMasterImport("{\"protocol\": 1, \"records\": [{\"kind\": \"journal_entry\"}]}"));
        QVERIFY(m_central->importMaster(master.value()));
    }

    /**
     * What a bad network does to batches, at the protocol level: a later batch before an earlier one is refused whole
     * (nothing skipped); a batch sent twice is all duplicates; an answer that arrives twice or late never moves the
     * device back. Records written under a clock a year ahead or minutes behind are taken like any other.
     */
    void reorderedDuplicatedAndDelayedBatchesChangeNothing()
    {
        const auto anna = std::find_if(m_pair.data.staff.cbegin(), m_pair.data.staff.cend(),
            [](const core::Staff &s) { return s.firstName == "Anna"_L1; });
        test::TestKeyProvider keysD;
        auto d = store::DeviceStore::create(m_pair.tmp.filePath(u"reorder"_s), keysD, m_pair.clock);
        QVERIFY(d);
        QVERIFY(m_central->enrolDevice(d.value().deviceId(), { m_bjorkgarden }));
        const qint64 now = m_pair.clock.nowMs();
        for (int i = 0; i < 30; ++i) {
            // Skewed clocks: a year ahead, then minutes behind, then right.
            m_pair.clock.set(i < 10 ? now + 365LL * 24 * 3600 * 1000 : i < 20 ? now - 10 * 60'000 : now);
            core::AuditEvent event;
            event.meta = d.value().stamper().stamp(anna->id);
            event.staffRole = u"care_staff"_s;
            event.action = u"view.residents"_s;
            QVERIFY(test::appendAudit(d.value().db(), event));
        }
        m_pair.clock.set(now);
        sync::DeviceSync device(d.value(), m_pair.clock);
        sync::SyncRows rows(d.value().db());
        const qint64 acked = 0;
        QVERIFY(rows.pending(0, 100).value().size() >= 30);
        const auto batchAfter = [&](qint64 after) {
            sync::UploadRequest batch { d.value().deviceId(), {} };
            for (const auto &entry : rows.pending(after, 10).value()) {
                batch.items.append({ entry.deviceSeq, rows.exportRecord(entry.kind, entry.key).value() });
            }
            return batch;
        };
        const auto first = batchAfter(acked);
        const auto second = batchAfter(acked + 10);
        const auto third = batchAfter(acked + 20);
        QCOMPARE(third.items.size(), 10);

        const auto early = m_central->applyUpload(second); // reordered: the second arrives first
        QVERIFY(!early);
        QVERIFY(early.error().message.contains(u"gap"_s));
        const auto one = m_central->applyUpload(first).value();
        const auto oneAgain = m_central->applyUpload(first).value(); // duplicated
        for (const auto &result : oneAgain.results) {
            QCOMPARE(result.status, sync::ItemStatus::Duplicate);
        }
        const auto two = m_central->applyUpload(second).value();
        const auto three = m_central->applyUpload(third).value();
        for (const auto &answer : { one, two, three }) {
            for (const auto &result : answer.results) {
                QVERIFY2(result.status == sync::ItemStatus::Accepted, qPrintable(result.reason));
            }
        }
        QVERIFY(device.acceptUploadResponse(third, three)); // answers arrive out of order, one twice
        QVERIFY(device.acceptUploadResponse(first, one));
        QVERIFY(device.acceptUploadResponse(first, oneAgain));
        QVERIFY(device.acceptUploadResponse(second, two));
        QCOMPARE(store::SyncStateRepository(d.value().db()).ackedThrough().value(), acked + 30);

        // Downloads: a delayed answer to an earlier request, applied after a later one, changes nothing.
        test::TestKeyProvider keys;
        auto c = store::DeviceStore::create(m_pair.tmp.filePath(u"skew"_s), keys, m_pair.clock);
        QVERIFY(c);
        QVERIFY(m_central->enrolDevice(c.value().deviceId(), { m_bjorkgarden }));
        sync::DeviceSync client(c.value(), m_pair.clock);
        QVERIFY(client.applyDownload(m_central->download(client.nextDownload(100).value()).value())); // master
        const auto earlier = m_central->download(client.nextDownload(100).value()).value();
        QVERIFY(client.applyDownload(earlier));
        const auto later = m_central->download(client.nextDownload(100).value()).value();
        QVERIFY(client.applyDownload(later));
        const qint64 cursor = client.nextDownload(100).value().cursor;
        const auto stale = client.applyDownload(earlier).value();
        QCOMPARE(stale.accepted + stale.duplicates + int(stale.rejected.size()), 0);
        QCOMPARE(client.nextDownload(100).value().cursor, cursor);
    }

    void downloadsTellHowCurrentTheOtherDevicesAre()
    {
        // A fresh tablet of Solrosen alone: of the devices here, only A (both units) shares a unit with it.
        test::TestKeyProvider keys;
        auto s = store::DeviceStore::create(m_pair.tmp.filePath(u"peers"_s), keys, m_pair.clock);
        QVERIFY(s);
        QVERIFY(m_central->enrolDevice(s.value().deviceId(), { m_solrosen }));
        const QString gone = core::idToString(m_pair.a->stamper().newId()); // revoked below
        QVERIFY(m_central->enrolDevice(gone, { m_solrosen }));
        QVERIFY(m_central->applyUpload({ gone, {}, true }));
        QVERIFY(m_central->revokeDevice(gone));

        const qint64 start = m_pair.clock.nowMs();
        QVERIFY(m_central->applyUpload({ m_pair.a->deviceId(), {}, true })); // A has sent everything it has
        m_pair.clock.advance(60'000);
        QVERIFY(m_central->applyUpload({ m_pair.a->deviceId(), {} })); // a batch that is not the last: not noted
        m_pair.clock.set(start - 3'600'000); // the server's clock set back: a complete upload never moves it back
        QVERIFY(m_central->applyUpload({ m_pair.a->deviceId(), {}, true }));
        m_pair.clock.set(start + 120'000);

        sync::DeviceSync client(s.value(), m_pair.clock);
        std::optional<sync::Peers> peers;
        for (int guard = 0; guard < 100 && !peers; ++guard) {
            const auto answer = m_central->download(client.nextDownload(1000).value());
            QVERIFY2(answer, answer ? "" : qPrintable(answer.error().message));
            const auto wired
                = std::get<sync::DownloadResponse>(sync::decodeDownloadResponse(sync::encode(answer.value())));
            QCOMPARE(wired.peers.has_value(), !wired.more); // only with the last batch: then the device has it all
            QVERIFY(client.applyDownload(wired));
            peers = wired.peers;
        }
        QVERIFY(peers);
        QCOMPARE(peers->nowMs, start + 120'000);
        QCOMPARE(peers->devices.size(), 1); // not itself, not B (Björkgården only), not the revoked one
        QCOMPARE(peers->devices.at(0).deviceId, m_pair.a->deviceId());
        QCOMPARE(peers->devices.at(0).unitIds, QStringList { core::idToString(m_solrosen) }); // the unit they share
        QCOMPARE(peers->devices.at(0).caughtUpMs, start);
        // Kept on the tablet in its own clock (here the same one: the central store's time, less its age).
        const auto known = store::SyncStateRepository(s.value().db()).peers().value();
        QCOMPARE(known.size(), 1);
        QCOMPARE(known.at(0).deviceId, m_pair.a->deviceId());
        QCOMPARE(known.at(0).unitId, core::idToString(m_solrosen));
        QCOMPARE(known.at(0).knownThroughMs, start);

        // Björkgården's devices see A for that unit only; a device that never said it was complete shows 0.
        const QString quiet = core::idToString(m_pair.a->stamper().newId());
        QVERIFY(m_central->enrolDevice(quiet, { m_bjorkgarden }));
        const auto forB = m_central->download({ m_pair.b->deviceId(), 0, 1 }); // more follows: no peers
        QVERIFY(forB && forB.value().more && !forB.value().peers);
        sync::DeviceSync b(*m_pair.b, m_pair.clock);
        std::optional<sync::Peers> seenByB;
        for (int guard = 0; guard < 100 && !seenByB; ++guard) {
            const auto answer = m_central->download(b.nextDownload(1000).value()).value();
            QVERIFY(b.applyDownload(answer));
            seenByB = answer.peers;
        }
        QVERIFY(seenByB);
        const auto find = [&](const QString &id) {
            return std::find_if(seenByB->devices.cbegin(), seenByB->devices.cend(),
                [&](const sync::PeerDevice &peer) { return peer.deviceId == id; });
        };
        QVERIFY(find(m_pair.a->deviceId()) != seenByB->devices.cend());
        QCOMPARE(find(m_pair.a->deviceId())->unitIds, QStringList { core::idToString(m_bjorkgarden) });
        QVERIFY(find(quiet) != seenByB->devices.cend());
        QCOMPARE(find(quiet)->caughtUpMs, 0);
        QVERIFY(find(m_pair.b->deviceId()) == seenByB->devices.cend());
    }

    void databaseErrorsNeverQuoteAValue()
    {
        if (!test::usingPostgres()) {
            QSKIP("PostgreSQL only: SQLite's messages do not quote values");
        }
        auto pg = sync::pg::PgConnection::connect(qEnvironmentVariable("AKTEN_TEST_POSTGRES"));
        QVERIFY(pg);
        const auto refused = pg.value()->exec(u"SELECT $1::integer"_s, { u"Anna Andersson, bor rum 12"_s });
        QVERIFY(!refused);
        QVERIFY2(!refused.error().message.contains(u"Anna"_s), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(u"22P02"_s)); // the code still says what went wrong
    }

    void revokedDevicesAreRefused()
    {
        QVERIFY(m_central->revokeDevice(m_pair.b->deviceId()));
        const auto up = m_central->applyUpload({ m_pair.b->deviceId(), {} });
        const auto down = m_central->download({ m_pair.b->deviceId(), 0, 10 });
        QVERIFY(!up && !down);
        QCOMPARE(up.error().code, ErrorCode::Forbidden);
        QCOMPARE(down.error().code, ErrorCode::Forbidden);
        // Nor can it come back with a fresh code.
        const QString code = m_central->createEnrolmentCode({ m_bjorkgarden }, 60'000).value();
        const auto again = m_central->redeemEnrolmentCode(code, m_pair.b->deviceId());
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::Forbidden);
    }

    void enrolmentCodesWorkOnceAndExpire()
    {
        const QString code = m_central->createEnrolmentCode({ m_bjorkgarden }, 60'000).value();
        QVERIFY(QRegularExpression(u"^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$"_s).match(code).hasMatch());
        const QString tablet = core::idToString(m_pair.a->stamper().newId());
        QVERIFY(m_central->redeemEnrolmentCode(code.toLower().remove(u'-'), tablet)); // as typed on a tablet
        const auto down = m_central->download({ tablet, 0, 10 });
        QVERIFY(down);
        QVERIFY(down.value().master); // Björkgården's master data (then its log), scope from the code's units
        const QString other = core::idToString(m_pair.a->stamper().newId());
        QCOMPARE(m_central->redeemEnrolmentCode(code, other).error().code, ErrorCode::Forbidden); // used
        const QString late = m_central->createEnrolmentCode({ m_bjorkgarden }, 60'000).value();
        m_pair.clock.advance(60'001);
        QCOMPARE(m_central->redeemEnrolmentCode(late, other).error().code, ErrorCode::Forbidden); // expired
        QCOMPARE(m_central->createEnrolmentCode({}, 60'000).error().code, ErrorCode::InvalidInput);
        QVERIFY(!m_central->download({ other, 0, 10 }));
    }
};

QTEST_GUILESS_MAIN(CentralStoreTest)
#include "centralstoretest.moc"
