// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The append-only rules hold in SQL itself, whatever code runs against the database.
#include "tests/support/auditwrite.h"
#include "tests/unit/store/storetesthelpers.h"

#include "app/core/audit.h"
#include "app/store/auditlog.h"
#include "app/store/consentrepository.h"
#include "app/store/daynoterepository.h"
#include "app/store/journalrepository.h"
#include "app/store/planrepository.h"
#include "app/store/signingrepository.h"
#include "app/store/statement.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class TriggersTest : public QObject
{
    Q_OBJECT

private:
    test::StoreFixture m_f;

    Status runSql(const QString &sql) { return m_f.store->db().exec(sql); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_f.create());
        auto &st = m_f.store->stamper();
        auto &db = m_f.store->db();
        const core::Id author = m_f.staff.id;
        const core::Id resident = m_f.resident.id;
        core::JournalEntry entry { st.stamp(author), resident, QDate(2026, 1, 2), core::JournalCategory::Execution,
            u"Jag hjälpte till med duschen."_s, u"Anna Berg"_s, u"undersköterska"_s, false };
        QVERIFY(store::JournalRepository(db).append(entry));
        QVERIFY(store::JournalRepository(db).appendCorrection({ st.stamp(author), resident, entry.meta.id,
            u"Rättelse"_s, u"Fel tid"_s, false, u"Anna Berg"_s, u"usk"_s }));
        QVERIFY(store::DayNoteRepository(db).add({ st.stamp(author), resident, u"Tandläkare torsdag"_s }));
        core::Signature signature { st.stamp(author), resident, st.newId(), st.newId(),
            QDateTime(QDate(2026, 1, 2), QTime(8, 0), Qt::UTC), core::SignatureOutcome::Done, {}, false };
        QVERIFY(store::SigningRepository(db).append(signature));
        QVERIFY(
            store::SigningRepository(db).appendRetraction({ st.stamp(author), signature.meta.id, resident, u"Fel"_s }));
        QVERIFY(store::ConsentRepository(db).appendConsent({ st.stamp(author), resident, core::ConsentAction::Given,
            u"sjuksköterskan"_s, u"planen"_s, QDate(2026, 1, 1), std::nullopt, u"den enskilde"_s }));
        QVERIFY(store::ConsentRepository(db).appendRelease(
            { st.stamp(author), resident, u"den enskilde"_s, u"journalen"_s, QDate(2026, 1, 3), true, true }));
        core::PlanRevision plan;
        plan.meta = st.stamp(author);
        plan.residentId = resident;
        plan.decisionId = st.newId();
        QVERIFY(store::PlanRepository(db).append(plan));
        core::PlanRevision revised = plan;
        revised.meta = st.stamp(author);
        revised.parentIds = { plan.meta.id };
        QVERIFY(store::PlanRepository(db).append(revised)); // one plan_parents row
        core::AuditEvent event;
        event.meta = st.stamp(author);
        event.staffRole = u"care_staff"_s;
        event.action = u"write.journal"_s;
        QVERIFY(test::appendAudit(db, event).ok());
    }

    void updateAndDeleteAreRejected_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("message"); // the trigger's own: another failure (a foreign key) must not pass
        QTest::addColumn<int>("rows");
        for (const auto &[table, column] : QList<QPair<QString, QString>> { { u"journal_entries"_s, u"text"_s },
                 { u"corrections"_s, u"text"_s }, { u"signatures"_s, u"reason"_s },
                 { u"signature_retractions"_s, u"reason"_s }, { u"consent_events"_s, u"scope"_s },
                 { u"release_records"_s, u"covers"_s }, { u"audit_events"_s, u"detail"_s } }) {
            QTest::newRow(qPrintable(table)) << table << column << u"append-only: "_s + table << 1;
        }
        QTest::newRow("plan_revisions") << u"plan_revisions"_s << u"body"_s << u"immutable: plan_revisions"_s << 2;
        QTest::newRow("plan_parents") << u"plan_parents"_s << u"parent_id"_s << u"immutable: plan_parents"_s << 1;
    }

    void updateAndDeleteAreRejected()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, message);
        QFETCH(int, rows);
        const auto count = [&] {
            auto s = m_f.store->db().prepare(u"SELECT count(*) FROM "_s + table);
            return s.ok() && s.value().step().value() ? s.value().int64(0) : -1;
        };
        QCOMPARE(count(), rows);
        const Status updated = runSql(u"UPDATE %1 SET %2 = 'ändrad'"_s.arg(table, column));
        QVERIFY(!updated);
        QCOMPARE(updated.error().code, ErrorCode::Constraint);
        QVERIFY2(updated.error().message.endsWith(message), qPrintable(updated.error().message));
        const Status deleted = runSql(u"DELETE FROM "_s + table);
        QVERIFY(!deleted);
        QVERIFY2(deleted.error().message.endsWith(message), qPrintable(deleted.error().message));
        QCOMPARE(count(), rows);
    }

    void theOutboxIsAppendOnly()
    {
        const auto queued = [&] {
            auto s = m_f.store->db().prepare(u"SELECT count(*), max(device_seq) FROM sync_outbox"_s);
            return s.ok() && s.value().step().value() ? std::pair(s.value().int64(0), s.value().int64(1))
                                                      : std::pair(qint64(-1), qint64(-1));
        };
        const auto before = queued();
        QVERIFY(before.first > 0);
        for (const QString &sql : { u"UPDATE sync_outbox SET record_key = 'x' WHERE device_seq = 1"_s,
                 u"UPDATE sync_outbox SET device_seq = device_seq + 1000"_s, u"DELETE FROM sync_outbox"_s,
                 u"DELETE FROM sync_outbox WHERE device_seq = (SELECT max(device_seq) FROM sync_outbox)"_s }) {
            const Status refused = runSql(sql);
            QVERIFY2(!refused, qPrintable(sql));
            QVERIFY2(
                refused.error().message.endsWith(u"append-only: sync_outbox"_s), qPrintable(refused.error().message));
        }
        QCOMPARE(queued(), before); // a seq is never reused: the last one cannot be taken back either
    }

    void syncStateOnlyMovesForward()
    {
        const auto value = [&](const QString &key) {
            auto s = m_f.store->db().prepare(u"SELECT value FROM sync_state WHERE key = '%1'"_s.arg(key));
            return s.ok() && s.value().step().value() ? s.value().int64(0) : -1;
        };
        QVERIFY(runSql(u"UPDATE sync_state SET value = 7 WHERE key = 'download_cursor'"_s)); // forward: fine
        for (const QString &sql : { u"UPDATE sync_state SET value = 6 WHERE key = 'download_cursor'"_s,
                 u"UPDATE sync_state SET key = 'acked_through_old' WHERE key = 'acked_through'"_s }) {
            const Status refused = runSql(sql);
            QVERIFY2(!refused, qPrintable(sql));
            QVERIFY2(refused.error().message.endsWith(u"sync state only moves forward"_s),
                qPrintable(refused.error().message));
        }
        const Status deleted = runSql(u"DELETE FROM sync_state WHERE key = 'download_cursor'"_s);
        QVERIFY(!deleted);
        QVERIFY2(deleted.error().message.endsWith(u"sync state rows are kept"_s), qPrintable(deleted.error().message));
        QCOMPARE(value(u"download_cursor"_s), 7);
        QCOMPARE(value(u"acked_through"_s), 0);
    }

    void auditHeadOnlyAdvances()
    {
        QVERIFY(!runSql(u"UPDATE audit_head SET seq = seq + 5"_s));
        QVERIFY(!runSql(u"UPDATE audit_head SET seq = seq - 1"_s));
        QVERIFY(!runSql(u"DELETE FROM audit_head"_s));
    }

    void dayNotesAreNeverChangedAndOnlyPurged()
    {
        QVERIFY(!runSql(u"UPDATE day_notes SET text = 'ändrad'"_s));
        QVERIFY(!runSql(u"UPDATE day_notes SET resident_id = 'x'"_s));
        QVERIFY(!runSql(u"DELETE FROM day_notes"_s)); // not by hand: only the purge, only expired notes
        store::DayNoteRepository notes(m_f.store->db());
        const auto listed = notes.listing({ m_f.resident.unitId });
        QVERIFY(listed.ok() && listed.value().size() == 1);
        const core::DayNote note = listed.value().constFirst().note;
        QCOMPARE(listed.value().constFirst().note.text, u"Tandläkare torsdag"_s);
        // A review is a record of its own, once per note; reviews are append-only.
        auto &st = m_f.store->stamper();
        QVERIFY(notes.addReview(
            { st.stamp(m_f.staff.id), note.meta.id, note.residentId, core::DayNoteReviewOutcome::Nothing }));
        QVERIFY(!notes.addReview(
            { st.stamp(m_f.staff.id), note.meta.id, note.residentId, core::DayNoteReviewOutcome::Moved }));
        QVERIFY(!runSql(u"UPDATE day_note_reviews SET outcome = 'moved'"_s));
        QVERIFY(!runSql(u"DELETE FROM day_note_reviews"_s));
        // The purge's mark lets only notes written before it go.
        QVERIFY(!notes.purge(note.meta.id, note.meta.wallMs)); // not older than the cutoff
        QVERIFY(!runSql(u"DELETE FROM day_notes"_s)); // and the mark is gone again
        QVERIFY(notes.purge(note.meta.id, note.meta.wallMs + 1));
        QCOMPARE(notes.listing({ m_f.resident.unitId }).value().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TriggersTest)
#include "triggerstest.moc"
