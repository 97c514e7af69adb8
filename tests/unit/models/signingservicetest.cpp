// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The write path of signing on the demo store: a signature with its audit event, several at once, not done with its
// deviation entry in the same transaction, retraction rights, undo, two staff on one occurrence; and every refusal
// (unknown occurrence, another unit's resident, a missing reason) writes nothing.
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/core/caretime.h"
#include "app/models/signingservice.h"
#include "app/store/auditlog.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/signingrepository.h"
#include "app/store/storestats.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class SigningServiceTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<SigningService> m_service;
    core::Resident m_resident; ///< Björkgården
    QDate m_tomorrow;

    auth::SessionUser user(const std::function<bool(const core::Staff &)> &wanted) const
    {
        return auth::sessionUserOf(*std::find_if(m_demo.data.staff.cbegin(), m_demo.data.staff.cend(), wanted));
    }
    auth::SessionUser carer(int skip = 0) const
    {
        return user([&, skip](const core::Staff &s) mutable {
            return s.role == core::StaffRole::CareStaff && s.unitIds == QList<core::Id> { m_resident.unitId }
            && skip-- == 0;
        });
    }

    qint64 count(const QString &kind)
    {
        for (const auto &[name, n] : store::storeCounts(m_demo.store->db()).value()) {
            if (name == kind) {
                return n;
            }
        }
        return -1;
    }

    /** Tomorrow's unsigned timed occurrences of the resident, at the clock's time. */
    QList<store::DayOccurrence> tomorrow()
    {
        store::SigningDayReader reader(m_demo.store->db());
        auto day = reader.read({ m_resident }, { { m_resident.unitId, m_service->windowOf(m_resident.unitId) } },
            m_tomorrow, m_demo.clock.nowMs());
        return day.value();
    }

    static OccurrenceRef refOf(const core::Occurrence &o)
    {
        return { o.residentId, o.planRevisionId, o.activityId, o.day, o.plannedMs };
    }

    const core::Occurrence &timed(const QList<store::DayOccurrence> &day, int n)
    {
        int seen = 0;
        for (const auto &item : day) {
            if (!item.occurrence.asNeeded && seen++ == n) {
                return item.occurrence;
            }
        }
        qFatal("no timed occurrence %d", n);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_master = std::make_unique<store::MasterDataRepository>(m_demo.store->db());
        m_service = std::make_unique<SigningService>(*m_demo.store, *m_master, *m_audit, m_demo.clock);
        m_resident = m_demo.data.residents.at(0);
        m_tomorrow = core::careDate(m_demo.clock.nowMs()).addDays(1);
        m_demo.clock.set(core::careInstantMs(m_tomorrow, QTime(8, 10))); // the morning round
        QVERIFY(tomorrow().size() >= 3);
    }

    void signOneWithItsAuditEventQueuedForSync()
    {
        const core::Occurrence o = timed(tomorrow(), 0);
        const qint64 signatures = count(u"signatures"_s);
        const qint64 audit = count(u"audit_events"_s);
        const auto outcome = m_service->sign(carer(), { refOf(o) });
        QVERIFY2(outcome, qPrintable(outcome.logMessage));
        QCOMPARE(outcome.signatures.size(), 1);
        QCOMPARE(count(u"signatures"_s), signatures + 1);
        QCOMPARE(count(u"audit_events"_s), audit + 1);
        const core::Signature &s = outcome.signatures.constFirst();
        QCOMPARE(s.plannedFor.toMSecsSinceEpoch(), o.plannedMs);
        QCOMPARE(s.meta.authorId, carer().staffId);
        QCOMPARE(s.late, m_demo.clock.nowMs() > o.closesMs);
        store::AuditFilter filter;
        filter.actionPrefix = u"write.signature"_s;
        const auto events = store::AuditLog(m_demo.store->db()).events(filter).value();
        QCOMPARE(events.constLast().residentId, std::optional(m_resident.id));
        QCOMPARE(events.constLast().unitId, std::optional(m_resident.unitId));
        QVERIFY(!events.constLast().detail.contains(o.description)); // no clinical text in the log
        // The day now says so.
        for (const auto &item : tomorrow()) {
            if (item.occurrence.activityId == o.activityId && item.occurrence.plannedMs == o.plannedMs) {
                QCOMPARE(item.status.state, core::OccurrenceState::Done);
            }
        }
    }

    void signSeveralAtOnceAllOrNothing()
    {
        QList<OccurrenceRef> refs;
        for (const auto &item : tomorrow()) {
            if (!item.occurrence.asNeeded && item.status.valid.isEmpty()) {
                refs.append(refOf(item.occurrence));
            }
        }
        QVERIFY(refs.size() >= 2);
        const qint64 signatures = count(u"signatures"_s);
        // One of them is forged: nothing at all is written.
        QList<OccurrenceRef> forged = refs;
        forged.last().activityId = m_demo.store->stamper().newId();
        const auto refusedOutcome = m_service->sign(carer(), forged);
        QCOMPARE(refusedOutcome.problem, SigningService::Problem::UnknownOccurrence);
        QCOMPARE(count(u"signatures"_s), signatures);
        // The disk fills up half way: nothing at all is written either.
        m_audit->failing = true;
        QCOMPARE(m_service->sign(carer(), refs).problem, SigningService::Problem::StoreFailed);
        m_audit->failing = false;
        QCOMPARE(count(u"signatures"_s), signatures);
        const qint64 audit = count(u"audit_events"_s);
        QVERIFY(m_service->sign(carer(), refs));
        QCOMPARE(count(u"signatures"_s), signatures + refs.size());
        QCOMPARE(count(u"audit_events"_s), audit + refs.size());
    }

    void refusalsWriteNothing()
    {
        const core::Occurrence o = timed(tomorrow(), 0);
        const qint64 signatures = count(u"signatures"_s);
        const qint64 audit = count(u"audit_events"_s);
        OccurrenceRef wrongTime = refOf(o);
        wrongTime.plannedMs += 60'000;
        QCOMPARE(m_service->sign(carer(), { wrongTime }).problem, SigningService::Problem::UnknownOccurrence);
        OccurrenceRef otherResident = refOf(o);
        otherResident.residentId = m_demo.data.residents.at(1).id;
        QCOMPARE(m_service->sign(carer(), { otherResident }).problem, SigningService::Problem::UnknownOccurrence);
        const auto solrosen = user([&](const core::Staff &s) {
            return s.role == core::StaffRole::CareStaff && !s.unitIds.contains(m_resident.unitId);
        });
        QCOMPARE(m_service->sign(solrosen, { refOf(o) }).problem, SigningService::Problem::OutOfScope);
        QCOMPARE(m_service->notDone(carer(), refOf(o), core::NotDoneReason::Unspecified, {}).refusal,
            core::SigningRefusal::ReasonMissing);
        QCOMPARE(m_service->notDone(carer(), refOf(o), core::NotDoneReason::Other, u" "_s).refusal,
            core::SigningRefusal::CommentMissing);
        QCOMPARE(count(u"signatures"_s), signatures);
        QCOMPARE(count(u"audit_events"_s), audit);
    }

    void notDoneWritesTheDeviationInTheSameTransaction()
    {
        const core::Occurrence o = timed(tomorrow(), 0);
        const qint64 journal = count(u"journal_entries"_s);
        const qint64 signatures = count(u"signatures"_s);
        m_audit->failingAction = u"write.journal"_s; // the signature is written, then the entry fails
        QVERIFY(!m_service->notDone(carer(), refOf(o), core::NotDoneReason::Declined, u"Jag erbjöd igen."_s));
        m_audit->failingAction.clear();
        QCOMPARE(count(u"journal_entries"_s), journal); // neither the entry …
        QCOMPARE(count(u"signatures"_s), signatures); // … nor the signature
        const qint64 audit = count(u"audit_events"_s);
        const auto outcome
            = m_service->notDone(carer(), refOf(o), core::NotDoneReason::Declined, u"Jag erbjöd igen."_s);
        QVERIFY2(outcome, qPrintable(outcome.logMessage));
        QCOMPARE(count(u"journal_entries"_s), journal + 1);
        QCOMPARE(count(u"audit_events"_s), audit + 2); // the signature's and the entry's
        const core::Signature &s = outcome.signatures.constFirst();
        QCOMPARE(s.outcome, core::SignatureOutcome::NotDone);
        QCOMPARE(s.reasonCode, core::NotDoneReason::Declined);
        QCOMPARE(s.reason, u"Avböjde: Jag erbjöd igen."_s);
        const auto entries = store::JournalRepository(m_demo.store->db()).entries(m_resident.id).value();
        const auto entry = std::find_if(entries.cbegin(), entries.cend(), [&](const core::JournalEntry &e) {
            return e.category == core::JournalCategory::Deviation && e.meta.wallMs == m_demo.clock.nowMs();
        });
        QVERIFY(entry != entries.cend());
        QVERIFY(entry->text.startsWith(m_resident.firstName + u" avböjde insatsen \""_s + o.description));
        QCOMPARE(entry->eventDate, m_tomorrow);
        QCOMPARE(entry->authorName, carer().displayName);
    }

    void twoStaffOnOneOccurrenceAreBothKept()
    {
        const core::Occurrence o = timed(tomorrow(), 1);
        QVERIFY(m_service->sign(carer(0), { refOf(o) }));
        QVERIFY(m_service->sign(carer(1), { refOf(o) }));
        for (const auto &item : tomorrow()) {
            if (item.occurrence.activityId == o.activityId && item.occurrence.plannedMs == o.plannedMs) {
                QVERIFY(item.status.signedTwice(item.occurrence));
            }
        }
    }

    void retractionRightsAndUndo()
    {
        const core::Occurrence o = timed(tomorrow(), 2);
        const auto signedBy = m_service->sign(carer(0), { refOf(o) });
        QVERIFY(signedBy);
        const core::Id id = signedBy.signatures.constFirst().meta.id;
        QCOMPARE(m_service->retract(carer(1), { id }, core::RetractionReason::WrongTime, {}).refusal,
            core::SigningRefusal::NotAllowed);
        QCOMPARE(m_service->retract(carer(0), { id }, core::RetractionReason::Undone, {}).refusal,
            core::SigningRefusal::NotSignable); // "ångrat direkt" is only for undo
        QCOMPARE(
            m_service->retract(carer(0), { m_demo.store->stamper().newId() }, core::RetractionReason::WrongTime, {})
                .problem,
            SigningService::Problem::UnknownSignature);
        QVERIFY(m_service->retract(carer(0), { id }, {}, {}, true).problem == SigningService::Problem::Refused);
        const qint64 retractions = count(u"signature_retractions"_s);
        QVERIFY(m_service->retract(carer(0), { id }, core::RetractionReason::Undone, {}, true));
        QCOMPARE(count(u"signature_retractions"_s), retractions + 1);
        const auto stored = store::SigningRepository(m_demo.store->db()).retractions(m_resident.id).value().constLast();
        QCOMPARE(stored.reason, u"ångrat direkt"_s);
        QCOMPARE(stored.reasonCode, core::RetractionReason::Undone);
        QCOMPARE(m_service->retract(carer(0), { id }, core::RetractionReason::WrongTime, {}).refusal,
            core::SigningRefusal::AlreadyRetracted);
        // The unit's manager may retract a colleague's signature; both stay in the store.
        const auto again = m_service->sign(carer(1), { refOf(o) });
        const auto manager = user([&](const core::Staff &s) {
            return s.role == core::StaffRole::UnitManager && s.unitIds.contains(m_resident.unitId);
        });
        QVERIFY(m_service->retract(
            manager, { again.signatures.constFirst().meta.id }, core::RetractionReason::WrongResident, {}));
        QVERIFY(store::SigningRepository(m_demo.store->db()).signature(id).value().has_value());
    }

    void asNeededIsSignedAtTheMomentAndCounted()
    {
        const auto day = tomorrow();
        const auto asNeeded
            = std::find_if(day.cbegin(), day.cend(), [](const auto &i) { return i.occurrence.asNeeded; });
        if (asNeeded == day.cend()) {
            QSKIP("the demo resident has no as-needed activity");
        }
        QVERIFY(m_service->sign(carer(), { refOf(asNeeded->occurrence) }));
        m_demo.clock.advance(60'000);
        QVERIFY(m_service->sign(carer(), { refOf(asNeeded->occurrence) }));
        for (const auto &item : tomorrow()) {
            if (item.occurrence.asNeeded && item.occurrence.activityId == asNeeded->occurrence.activityId) {
                QCOMPARE(item.status.valid.size(), 2);
                QVERIFY(!item.status.valid.constFirst().late);
            }
        }
    }
};

QTEST_GUILESS_MAIN(SigningServiceTest)
#include "signingservicetest.moc"
