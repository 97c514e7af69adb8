// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Day notes on the demo store with an injected clock: writing (empty and too long refused, nothing saved), the review
// queue from day 75, "Inget att flytta" and "Flytta till journalen" (a review record and a prefilled journal draft),
// the purge on day 90 in care time (Europe/Stockholm: a note written just after midnight is a day younger than its
// UTC date says), and the purge's audit events, which say that a note existed, its id and review, never its text.
#include "tests/support/closecase.h"
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/core/caretime.h"
#include "app/core/journalnote.h"
#include "app/models/daynotepurger.h"
#include "app/models/daynotescontroller.h"
#include "app/models/daynoteservice.h"
#include "app/models/filterchoicelistmodel.h"
#include "app/store/auditlog.h"
#include "app/store/daynoterepository.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class DayNoteServiceTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<DayNoteService> m_service;
    core::Resident m_resident;
    auth::SessionUser m_carer;
    QDate m_day; ///< the day the test's notes are written, long before the demo's own notes

    bool inQueue(const core::Id &noteId)
    {
        DayNotesController controller(m_demo.store->db(), *m_master, *m_service, *m_audit, m_demo.clock);
        controller.setViewer(m_carer);
        QAbstractItemModelTester tester(controller.queue());
        for (int row = 0; row < controller.queue()->rowCount(); ++row) {
            if (controller.queue()->index(row).data(DayNoteListModel::NoteIdRole).toString()
                == core::idToString(noteId)) {
                return true;
            }
        }
        return false;
    }

    bool held(const core::Id &noteId)
    {
        return store::DayNoteRepository(m_demo.store->db()).find(noteId).value().has_value();
    }

    core::Id writeAt(const QDate &day, const QTime &time, const QString &text)
    {
        m_demo.clock.set(core::careInstantMs(day, time));
        const auto written = m_service->write(m_carer, m_resident.id, text);
        return written ? written.id : core::Id {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_master = std::make_unique<store::MasterDataRepository>(m_demo.store->db());
        m_service = std::make_unique<DayNoteService>(*m_demo.store, *m_master, *m_audit, m_demo.clock);
        m_resident = m_demo.data.residents.at(0);
        const auto carer = std::find_if(m_demo.data.staff.cbegin(), m_demo.data.staff.cend(), [&](const auto &s) {
            return s.role == core::StaffRole::CareStaff && s.unitIds.contains(m_resident.unitId);
        });
        m_carer = auth::sessionUserOf(*carer);
        // In winter (CET, UTC+1), before the demo's oldest note.
        m_day = QDate(core::careToday().year() - 1, 1, 10);
    }

    void emptyAndTooLongAreRefusedAndNothingIsSaved()
    {
        const auto before = store::DayNoteRepository(m_demo.store->db()).listing({ m_resident.unitId }).value().size();
        QCOMPARE(m_service->write(m_carer, m_resident.id, u"   "_s).problem, DayNoteService::Problem::Empty);
        QCOMPARE(m_service->write(m_carer, m_resident.id, QString(core::kMaxDayNoteText + 1, u'a')).problem,
            DayNoteService::Problem::TooLong);
        QCOMPARE(store::DayNoteRepository(m_demo.store->db()).listing({ m_resident.unitId }).value().size(), before);
        // The controller says it at the field, in Swedish.
        DayNotesController controller(m_demo.store->db(), *m_master, *m_service, *m_audit, m_demo.clock);
        controller.setViewer(m_carer);
        QVERIFY(!controller.write(core::idToString(m_resident.id), {}));
        QCOMPARE(controller.textError(), u"Skriv anteckningen."_s);
        QVERIFY(!controller.write(core::idToString(m_resident.id), QString(2001, u'a')));
        QVERIFY(controller.textError().contains(u"för lång"_s));
    }

    void theQueueFromDay75AndThePurgeOnDay90InCareTime()
    {
        const QString text = u"Kom ihåg att Margits dotter ringer på fredag om flytten."_s;
        const core::Id evening = writeAt(m_day, QTime(23, 50), text);
        // 00:30 care time is still the day before in UTC: the note is a care day younger than its UTC date.
        const core::Id afterMidnight = writeAt(m_day.addDays(1), QTime(0, 30), text);
        QVERIFY(!evening.isNull() && !afterMidnight.isNull());
        DayNotePurger purger(*m_service, m_demo.clock);

        m_demo.clock.set(core::careInstantMs(m_day.addDays(74), QTime(23, 59)));
        QVERIFY(!inQueue(evening));
        m_demo.clock.set(core::careInstantMs(m_day.addDays(75), QTime(0, 0)));
        QVERIFY(inQueue(evening));
        QVERIFY(!inQueue(afterMidnight)); // its day 74

        m_demo.clock.set(core::careInstantMs(m_day.addDays(89), QTime(23, 59)));
        purger.check();
        QVERIFY(held(evening));
        QVERIFY(inQueue(evening)); // the last day

        m_demo.clock.set(core::careInstantMs(m_day.addDays(90), QTime(0, 0)));
        QSignalSpy purged(&purger, &DayNotePurger::purged);
        purger.check();
        QCOMPARE(purged.size(), 1);
        QVERIFY(!held(evening));
        QVERIFY(held(afterMidnight)); // written on day + 1 in care time, whatever UTC says
        QVERIFY(!inQueue(evening));

        m_demo.clock.set(core::careInstantMs(m_day.addDays(91), QTime(0, 0)));
        purger.check();
        QVERIFY(!held(afterMidnight));

        // The purge is logged: that the note existed, its id and day, its review, never its words.
        store::AuditFilter filter;
        filter.actionPrefix = u"purge.day_note"_s;
        const auto events = store::AuditLog(m_demo.store->db()).events(filter).value();
        QCOMPARE(events.size(), 2);
        QVERIFY(events.constFirst().detail.contains(core::idToString(evening)));
        QVERIFY(events.constFirst().detail.contains(m_day.toString(Qt::ISODate)));
        QVERIFY(events.constFirst().detail.contains(u"not reviewed"_s));
        for (const auto &event : store::AuditLog(m_demo.store->db()).events().value()) {
            QVERIFY2(!event.detail.contains(u"Margits dotter"_s), qPrintable(event.detail));
        }
    }

    void reviewsAreRecordsAndMovingPreparesADraft()
    {
        const QDate day = m_day.addDays(200);
        const QString text = u"Fotvården kommer på tisdag förmiddag. Jag har skrivit upp det i kalendern."_s;
        const core::Id moved = writeAt(day, QTime(14, 45), text);
        const core::Id nothing = writeAt(day, QTime(15, 0), u"Nya glasögon ligger i översta lådan."_s);
        m_demo.clock.set(core::careInstantMs(day.addDays(76), QTime(9, 0)));
        QVERIFY(inQueue(moved) && inQueue(nothing));

        QVERIFY(m_service->confirmNothingToMove(m_carer, nothing));
        QCOMPARE(m_service->confirmNothingToMove(m_carer, nothing).problem, DayNoteService::Problem::AlreadyReviewed);
        QVERIFY(!inQueue(nothing));
        const auto review = store::DayNoteRepository(m_demo.store->db()).find(nothing).value()->review;
        QVERIFY(review && review->outcome == core::DayNoteReviewOutcome::Nothing);
        QCOMPARE(review->meta.authorId, m_carer.staffId);

        const auto outcome = m_service->moveToJournal(m_carer, moved);
        QVERIFY(outcome);
        QCOMPARE(outcome.residentId, m_resident.id);
        QVERIFY(!inQueue(moved));
        const auto drafts = store::JournalRepository(m_demo.store->db()).drafts(m_carer.staffId).value();
        QCOMPARE(drafts.constFirst().id, outcome.id);
        const auto draft = core::decodeDraft(drafts.constFirst().body);
        QVERIFY(draft);
        QCOMPARE(draft->text, text);
        QCOMPARE(draft->residentIds, QList<core::Id> { m_resident.id });
        QCOMPARE(draft->eventDate, day);
        QCOMPARE(draft->eventTime, QTime(14, 45));
    }

    void aClosedCaseIsNotOfferedAndItsNoteIsRefusedWithTheReason()
    {
        // Last: the closure makes the resident's record read-only for good.
        DayNotesController open(m_demo.store->db(), *m_master, *m_service, *m_audit, m_demo.clock);
        open.setViewer(m_carer); // read before the closure arrives
        const auto offered = [](const DayNotesController &c, const core::Id &id) {
            for (int row = 0; row < c.residents()->rowCount(); ++row) {
                if (c.residents()->index(row).data(FilterChoiceListModel::ValueRole).toString()
                    == core::idToString(id)) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(offered(open, m_resident.id));
        QVERIFY(test::closeCaseInStore(*m_demo.store, m_demo.data.staff.constFirst().id, m_resident.id));
        const auto before = store::DayNoteRepository(m_demo.store->db()).listing({ m_resident.unitId }).value().size();
        QVERIFY(!open.write(core::idToString(m_resident.id), u"Dottern ringer i kväll efter maten."_s));
        QCOMPARE(open.message(), u"Ärendet är avslutat, så akten kan bara läsas. Ingenting sparades."_s);
        QVERIFY(!offered(open, m_resident.id)); // read again
        QCOMPARE(store::DayNoteRepository(m_demo.store->db()).listing({ m_resident.unitId }).value().size(), before);
        DayNotesController fresh(m_demo.store->db(), *m_master, *m_service, *m_audit, m_demo.clock);
        fresh.setViewer(m_carer);
        QVERIFY(!offered(fresh, m_resident.id));
        QVERIFY(fresh.residents()->rowCount() > 0);
    }
};

QTEST_GUILESS_MAIN(DayNoteServiceTest)
#include "daynoteservicetest.moc"
