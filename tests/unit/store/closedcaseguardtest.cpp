// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A closed case in the device store (store/closedcaseguard.h): after a resident's case_closure every syncing kind of
// records::recordKinds() that names a resident refuses a new row for them with 'closed case: <table>' (from SQL, and
// through a repository), the other residents are untouched, a second closure is refused too, audit events are still
// written, and rows a sync download applies pass (the central store accepted them before the closure reached it).
#include "tests/support/demostore.h"

#include "app/core/enums.h"
#include "app/records/recordkinds.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/closedcaseguard.h"
#include "app/store/journalrepository.h"
#include "app/store/statement.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class ClosedCaseGuardTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    core::Resident m_closed;
    core::Resident m_open;

    qint64 count(const QString &table, const core::Resident &resident)
    {
        auto q = m_demo.store->db().prepare(u"SELECT count(*) FROM %1 WHERE resident_id = ?"_s.arg(table));
        if (!q) {
            return -1;
        }
        q.value().bind(1, core::idToString(resident.id));
        return q.value().step() ? q.value().int64(0) : -1;
    }

    /** Inserts a bare row naming `resident` into `table`: the error's message, or "" if it went in. */
    QString bareInsert(const QString &table, const core::Resident &resident)
    {
        auto insert = m_demo.store->db().prepare(u"INSERT INTO %1 (resident_id) VALUES (?)"_s.arg(table));
        if (!insert) {
            return insert.error().message;
        }
        insert.value().bind(1, core::idToString(resident.id));
        const auto ran = insert.value().run();
        return ran ? QString() : ran.error().message;
    }

    core::JournalEntry entryFor(const core::Resident &resident)
    {
        core::JournalEntry e;
        e.meta = m_demo.store->stamper().stamp(m_demo.data.staff.constFirst().id);
        e.residentId = resident.id;
        e.eventDate = core::careToday();
        e.category = core::JournalCategory::FinalNote;
        e.text = u"Margit har flyttat till sin dotter i Umeå. Insatserna avslutades i samråd med henne."_s;
        e.authorName = u"Karin Ek"_s;
        e.authorTitle = u"enhetschef"_s;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_closed = m_demo.data.residents.at(0);
        m_open = m_demo.data.residents.at(1);
        const core::JournalEntry note = entryFor(m_closed);
        QVERIFY(store::JournalRepository(m_demo.store->db()).append(note));
        core::CaseClosure closure;
        closure.meta = m_demo.store->stamper().stamp(m_demo.data.staff.constFirst().id);
        closure.residentId = m_closed.id;
        closure.closedOn = core::careToday();
        closure.reason = core::ClosureReason::Moved;
        closure.finalNoteId = note.meta.id;
        QVERIFY(store::CaseClosureRepository(m_demo.store->db()).add(closure));
    }

    void everyResidentKindIsGuarded()
    {
        const auto guarded = store::closedCaseGuardedTables(m_demo.store->db());
        QVERIFY(guarded);
        int kinds = 0;
        for (const records::RecordKind &kind : records::recordKinds()) {
            if (kind.merge == records::MergeClass::Master || kind.merge == records::MergeClass::Audit) {
                continue;
            }
            auto column
                = m_demo.store->db().prepare(u"SELECT count(*) FROM pragma_table_info(?) WHERE name = 'resident_id'"_s);
            QVERIFY(column);
            column.value().bind(1, kind.table);
            QVERIFY(column.value().step());
            if (column.value().int64(0) == 0) {
                continue; // names no resident
            }
            ++kinds;
            QVERIFY2(guarded.value().contains(kind.table), qPrintable(kind.table));
            const qint64 before = count(kind.table, m_closed);
            const QString refused = bareInsert(kind.table, m_closed);
            QVERIFY2(refused.endsWith(u": closed case: %1"_s.arg(kind.table)), qPrintable(refused));
            QCOMPARE(count(kind.table, m_closed), before);
            // The other residents: the same bare row fails on the table's own rules, not the guard.
            const QString open = bareInsert(kind.table, m_open);
            QVERIFY2(!open.isEmpty() && !open.contains(u"closed case"_s), qPrintable(kind.table + u": "_s + open));
        }
        QVERIFY2(kinds >= 10, qPrintable(QString::number(kinds))); // journal, corrections, signatures, plans, …
        QVERIFY(!guarded.value().contains(u"audit_events"_s));
    }

    void aRepositoryWriteIsRefusedWithTheReason()
    {
        const qint64 before = count(u"journal_entries"_s, m_closed);
        const auto refused = store::JournalRepository(m_demo.store->db()).append(entryFor(m_closed));
        QVERIFY(!refused);
        QVERIFY2(
            refused.error().message.contains(u"closed case: journal_entries"_s), qPrintable(refused.error().message));
        QCOMPARE(count(u"journal_entries"_s, m_closed), before);
        QVERIFY(store::JournalRepository(m_demo.store->db()).append(entryFor(m_open)));
        // Closed once: a second closure is refused like any other record.
        core::CaseClosure again;
        again.meta = m_demo.store->stamper().stamp(m_demo.data.staff.constFirst().id);
        again.residentId = m_closed.id;
        again.closedOn = core::careToday();
        again.reason = core::ClosureReason::Deceased;
        again.finalNoteId = store::CaseClosureRepository(m_demo.store->db()).closure(m_closed.id).value()->finalNoteId;
        const auto second = store::CaseClosureRepository(m_demo.store->db()).add(again);
        QVERIFY(!second);
        QVERIFY(second.error().message.contains(u"closed case: case_closures"_s));
    }

    void downloadsStillGoIn()
    {
        // A download applies what the central store accepted before the closure: it passes the guard.
        QVERIFY(m_demo.store->db().exec(u"INSERT INTO device_state (key, value) VALUES ('sync.applying', '1')"_s));
        QVERIFY(store::JournalRepository(m_demo.store->db()).append(entryFor(m_closed)));
        QVERIFY(m_demo.store->db().exec(u"DELETE FROM device_state WHERE key = 'sync.applying'"_s));
        QVERIFY(!store::JournalRepository(m_demo.store->db()).append(entryFor(m_closed)));
    }

    void theGuardsComeBackAtOpen()
    {
        // Dropped by hand (a tampered or older store): the next open derives them from the schema again.
        QVERIFY(m_demo.store->db().exec(u"DROP TRIGGER closed_case_journal_entries"_s));
        QCOMPARE(bareInsert(u"journal_entries"_s, m_closed).contains(u"closed case"_s), false);
        QVERIFY(store::installClosedCaseGuards(m_demo.store->db()));
        QVERIFY(bareInsert(u"journal_entries"_s, m_closed).endsWith(u": closed case: journal_entries"_s));
    }
};

QTEST_GUILESS_MAIN(ClosedCaseGuardTest)
#include "closedcaseguardtest.moc"
