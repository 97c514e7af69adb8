// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Plan follow-ups on the demo store: missing answers refused (nothing saved), only the kontaktman or the unit
// manager, the record and its journal entry and audit events in one transaction (a failing journal write takes the
// follow-up back), the record append-only (raw UPDATE/DELETE refused) and queued for sync, the deadline moved.
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/core/caretime.h"
#include "app/core/deadlines.h"
#include "app/models/followupservice.h"
#include "app/store/followuprepository.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class FollowUpServiceTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<FollowUpService> m_service;
    core::Resident m_resident;
    core::PlanRevision m_plan;
    auth::SessionUser m_kontaktman;
    auth::SessionUser m_otherCarer;
    qint64 m_seeded = 0; ///< the demo's own follow-ups

    qint64 count(const QString &sql)
    {
        auto s = m_demo.store->db().prepare(sql);
        if (!s) {
            return -1;
        }
        const auto row = s.value().step();
        if (!row || !row.value()) {
            return -1;
        }
        return s.value().int64(0);
    }

    core::PlanFollowUpRecord complete()
    {
        core::PlanFollowUpRecord f;
        f.residentId = m_resident.id;
        f.revisionId = m_plan.meta.id;
        for (const core::PlanNeed &need : m_plan.needs) {
            f.goals.append({ need.id, need.goal, core::GoalResult::PartlyAchieved, u"Går bättre på kvällarna."_s });
        }
        f.benefit = core::FollowUpAnswer::Yes;
        f.value = core::FollowUpAnswer::Partly;
        f.quality = core::FollowUpAnswer::Declined;
        f.outcome = core::FollowUpOutcome::ContactCaseOfficer;
        f.reason = core::CaseOfficerReason::NeedsMore;
        return f;
    }

    core::DeadlineFacts facts()
    {
        core::DeadlineFacts facts;
        facts.birthDate = m_resident.birthDate;
        facts.decisions = m_master->decisions(m_resident.id).value();
        facts.revisions = store::PlanRepository(m_demo.store->db()).revisions(m_resident.id).value();
        for (const auto &f : store::FollowUpRepository(m_demo.store->db()).forResident(m_resident.id).value()) {
            facts.followUpDates.append(f.date);
        }
        return facts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_master = std::make_unique<store::MasterDataRepository>(m_demo.store->db());
        m_service = std::make_unique<FollowUpService>(*m_demo.store, *m_master, *m_audit, m_demo.clock);
        m_resident = m_demo.data.residents.at(0);
        const auto heads = store::PlanRepository(m_demo.store->db()).heads(m_resident.id).value();
        QCOMPARE(heads.size(), 1);
        m_plan = heads.constFirst();
        QVERIFY(!m_plan.needs.isEmpty());
        for (const core::Staff &s : std::as_const(m_demo.data.staff)) {
            if (s.id == m_resident.contactPersonIds.constFirst()) {
                m_kontaktman = auth::sessionUserOf(s);
            } else if (s.role == core::StaffRole::CareStaff && s.unitIds.contains(m_resident.unitId)
                && !m_resident.contactPersonIds.contains(s.id)) {
                m_otherCarer = auth::sessionUserOf(s);
            }
        }
        QVERIFY(!m_kontaktman.staffId.isNull());
        QVERIFY(!m_otherCarer.staffId.isNull());
        m_seeded = count(u"SELECT count(*) FROM plan_follow_ups"_s);
        QVERIFY(m_seeded > 0);
    }

    void missingAnswersAreSaidAndNothingIsSaved()
    {
        core::PlanFollowUpRecord f = complete();
        f.goals[0].result.reset();
        f.quality.reset();
        f.reason = core::CaseOfficerReason::None;
        const auto outcome = m_service->save(m_kontaktman, f);
        QCOMPARE(outcome.problem, FollowUpService::Problem::Incomplete);
        QCOMPARE(outcome.gaps.size(), 3);
        QCOMPARE(outcome.gaps.at(0).field, core::FollowUpField::GoalResult);
        QCOMPARE(outcome.gaps.at(0).goalIndex, 0);
        QCOMPARE(outcome.gaps.at(1).field, core::FollowUpField::Quality);
        QCOMPARE(outcome.gaps.at(2).field, core::FollowUpField::Reason);
        QVERIFY(outcome.gaps.at(2).messageSv.contains(u"handläggaren"_s));
        QCOMPARE(count(u"SELECT count(*) FROM plan_follow_ups"_s), m_seeded);
    }

    void onlyTheKontaktmanOrTheUnitManager()
    {
        QCOMPARE(m_service->save(m_otherCarer, complete()).problem, FollowUpService::Problem::NotAllowed);
        core::PlanFollowUpRecord f = complete();
        f.revisionId = core::IdGenerator(m_demo.clock).next();
        QCOMPARE(m_service->save(m_kontaktman, f).problem, FollowUpService::Problem::NoPlan);
        QCOMPARE(count(u"SELECT count(*) FROM plan_follow_ups"_s), m_seeded);
    }

    void aFailingJournalEntryTakesTheFollowUpBack()
    {
        const qint64 audits = count(u"SELECT count(*) FROM audit_events"_s);
        m_audit->failingAction = u"write.journal"_s;
        const auto outcome = m_service->save(m_kontaktman, complete());
        m_audit->failingAction.clear();
        QCOMPARE(outcome.problem, FollowUpService::Problem::StoreFailed);
        QCOMPARE(count(u"SELECT count(*) FROM plan_follow_ups"_s), m_seeded);
        QCOMPARE(count(u"SELECT count(*) FROM audit_events"_s), audits);
    }

    void savedWithItsJournalEntryAndAuditEvents()
    {
        const core::PlanDeadline before = core::nextPlanDeadlineAt(facts(), m_demo.clock.nowMs());
        const QString kAudits = u"SELECT count(*) FROM audit_events WHERE action = 'write.plan_follow_up' "
                                "AND detail = 'contact_case_officer' AND resident_id = '%1'"_s;
        const QString kQueued = u"SELECT count(*) FROM sync_outbox WHERE kind = 'plan_follow_up'"_s;
        const qint64 audits = count(kAudits.arg(core::idToString(m_resident.id)));
        const qint64 queued = count(kQueued);
        const auto earlier = store::FollowUpRepository(m_demo.store->db()).forResident(m_resident.id).value().size();
        const auto outcome = m_service->save(m_kontaktman, complete());
        QVERIFY2(outcome, qPrintable(outcome.logMessage));
        const auto saved = store::FollowUpRepository(m_demo.store->db()).forResident(m_resident.id).value();
        QCOMPARE(saved.size(), earlier + 1);
        QCOMPARE(saved.last().meta.id, outcome.followUpId);
        QCOMPARE(saved.last().date, core::careDate(m_demo.clock.nowMs()));
        QCOMPARE(saved.last().goals.size(), m_plan.needs.size());
        QCOMPARE(saved.last().reason, core::CaseOfficerReason::NeedsMore);
        QCOMPARE(saved.last().quality, core::FollowUpAnswer::Declined);
        const auto entry = store::JournalRepository(m_demo.store->db()).entry(outcome.journalEntryId).value();
        QVERIFY(entry);
        QCOMPARE(entry->category, core::JournalCategory::PlanEvent);
        QVERIFY(entry->text.startsWith(u"Genomförandeplanen uppföljd"_s));
        QVERIFY(entry->text.contains(u"Kontakta handläggaren (behöver mer stöd)"_s));
        QVERIFY(entry->text.contains(u"Är du nöjd? Vill inte svara."_s));
        QVERIFY(
            entry->text.contains(u"Mål: "_s + m_plan.needs.at(0).goal.chopped(1) + u" – delvis uppnått. Går bättre"_s));
        QCOMPARE(count(kAudits.arg(core::idToString(m_resident.id))), audits + 1);
        QCOMPARE(count(kQueued), queued + 1);
        // The follow-up clock restarts today: 6 months for an adult.
        const core::PlanDeadline after = core::nextPlanDeadlineAt(facts(), m_demo.clock.nowMs());
        QCOMPARE(after.kind, core::DeadlineKind::FollowUp);
        QCOMPARE(after.due, core::careDate(m_demo.clock.nowMs()).addMonths(6));
        QVERIFY(after.due > before.due);
    }

    void followUpsAreNeverChanged()
    {
        QVERIFY(!m_demo.store->db().exec(u"UPDATE plan_follow_ups SET outcome = 'continue'"_s));
        QVERIFY(!m_demo.store->db().exec(u"DELETE FROM plan_follow_ups"_s));
        QCOMPARE(count(u"SELECT count(*) FROM plan_follow_ups"_s), m_seeded + 1);
    }
};

QTEST_GUILESS_MAIN(FollowUpServiceTest)
#include "followupservicetest.moc"
