// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The plan editor on the demo store: who may edit (kontaktman, unit manager; not other staff, not outside the
// scope), a refusal said at its field with nothing set and the draft kept, the draft surviving a new controller (a
// crash), "Fastställ planen" setting a revision with its parent, date and next follow-up, the journal's automatic
// entry and the audit events in one transaction (a failing audit takes everything back), and a child's plan.
#include "demostore.h"
#include "switchableaudit.h"

#include "core/caretime.h"
#include "core/rules.h"
#include "models/planeditorcontroller.h"
#include "models/planeditorservice.h"
#include "store/auditlog.h"
#include "store/journalrepository.h"
#include "store/masterdatarepository.h"
#include "store/plandraftrepository.h"
#include "store/planrepository.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class PlanEditorServiceTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<PlanEditorService> m_service;
    core::Resident m_resident; ///< an adult with one plan head
    auth::SessionUser m_contact;
    auth::SessionUser m_manager;
    auth::SessionUser m_carer; ///< same unit, not the kontaktman
    auth::SessionUser m_outsider; ///< another unit

    const core::Staff &staffWhere(const std::function<bool(const core::Staff &)> &pred)
    {
        const auto found = std::find_if(m_demo.data.staff.cbegin(), m_demo.data.staff.cend(), pred);
        Q_ASSERT(found != m_demo.data.staff.cend());
        return *found;
    }

    std::unique_ptr<PlanEditorController> controllerFor(const auth::SessionUser &user)
    {
        auto c = std::make_unique<PlanEditorController>(
            m_demo.store->db(), *m_master, *m_service, *m_demo.catalogue, m_demo.clock);
        c->setViewer(user);
        return c;
    }

    QList<core::PlanRevision> heads(const core::Id &resident)
    {
        return store::PlanRepository(m_demo.store->db()).heads(resident).value();
    }
    QList<core::Id> headIds(const core::Id &resident)
    {
        QList<core::Id> ids;
        for (const core::PlanRevision &r : heads(resident)) {
            ids.append(r.meta.id);
        }
        return ids;
    }

    /** Fills in everything but participation: one need with a goal and an activity at 21:30 by the kontaktman. */
    static void writeNeed(PlanEditorController &c)
    {
        c.addNeed(u"d510"_s);
        c.need()->setGoal(u"Att få stöd med att duscha på kvällen två gånger i veckan"_s);
        c.need()->setDescription(u"Stöd vid kvällsdusch"_s);
        QVERIFY(c.need()->addTime(u"21:30"_s));
        c.need()->setByWhom(u"Kontaktman"_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_master = std::make_unique<store::MasterDataRepository>(m_demo.store->db());
        m_service
            = std::make_unique<PlanEditorService>(*m_demo.store, *m_master, *m_audit, m_demo.clock, *m_demo.catalogue);
        const QDate today = core::careToday();
        for (const core::Resident &r : std::as_const(m_demo.data.residents)) {
            if (core::ageOn(r.birthDate, today) >= 18 && heads(r.id).size() == 1 && r.contactPersonIds.size() == 1) {
                m_resident = r;
                break;
            }
        }
        QVERIFY(!m_resident.id.isNull());
        m_contact
            = auth::sessionUserOf(staffWhere([&](const auto &s) { return s.id == m_resident.contactPersonIds.at(0); }));
        m_manager = auth::sessionUserOf(staffWhere([&](const auto &s) {
            return s.role == core::StaffRole::UnitManager && s.unitIds.contains(m_resident.unitId);
        }));
        m_carer = auth::sessionUserOf(staffWhere([&](const auto &s) {
            return s.role == core::StaffRole::CareStaff && s.unitIds.contains(m_resident.unitId)
                && !m_resident.contactPersonIds.contains(s.id);
        }));
        m_outsider
            = auth::sessionUserOf(staffWhere([&](const auto &s) { return !s.unitIds.contains(m_resident.unitId); }));
    }

    void onlyTheKontaktmanAndTheManagerMayEdit()
    {
        QVERIFY(PlanEditorService::mayEdit(m_contact, m_resident));
        QVERIFY(PlanEditorService::mayEdit(m_manager, m_resident));
        QVERIFY(!PlanEditorService::mayEdit(m_carer, m_resident));
        QVERIFY(!PlanEditorService::mayEdit(m_outsider, m_resident));
        QVERIFY(!controllerFor(m_carer)->openFor(core::idToString(m_resident.id)));
        const auto before = headIds(m_resident.id);
        store::PlanDraft draft;
        draft.plan = heads(m_resident.id).constFirst();
        QCOMPARE(m_service->set(m_carer, m_resident.id, draft).problem, PlanEditorService::Problem::NotAllowed);
        QCOMPARE(m_service->set(m_outsider, m_resident.id, draft).problem, PlanEditorService::Problem::OutOfScope);
        QCOMPARE(headIds(m_resident.id), before);
    }

    void aRefusalIsSaidAtTheFieldAndTheDraftSurvives()
    {
        const auto before = store::PlanRepository(m_demo.store->db()).revisions(m_resident.id).value().size();
        {
            auto c = controllerFor(m_contact);
            QVERIFY(c->openFor(core::idToString(m_resident.id)));
            QVERIFY(c->revising());
            writeNeed(*c);
            QVERIFY(c->howParticipated().isEmpty()); // said again for every revision
            QVERIFY(!c->establish());
            QVERIFY(!c->howParticipatedError().isEmpty());
            QVERIFY(c->gaps()->count() > 0);
            QVERIFY(!c->message().isEmpty());
        } // the controller goes away as in a crash after the draft was written
        QCOMPARE(store::PlanRepository(m_demo.store->db()).revisions(m_resident.id).value().size(), before);
        auto c = controllerFor(m_contact);
        QVERIFY(c->openFor(core::idToString(m_resident.id)));
        QVERIFY(!c->draftText().isEmpty());
        c->showNeed(c->needs()->count() - 1);
        QCOMPARE(c->need()->code(), u"d510"_s);
        QCOMPARE(c->need()->times(), QStringList { u"21:30"_s });
        QCOMPARE(c->need()->preview(), u"På signeringslistan: 21:30 varje dag"_s);
    }

    void aFailingAuditSetsNothing()
    {
        auto c = controllerFor(m_contact);
        QVERIFY(c->openFor(core::idToString(m_resident.id)));
        c->setHowParticipated(u"Var med hela tiden"_s);
        c->setViews(u"Kalle vill duscha på kvällen."_s);
        c->setPresent(u"Kalle, kontaktmannen"_s);
        const auto before = headIds(m_resident.id);
        m_audit->failingAction = u"write.journal"_s;
        QVERIFY(!c->establish());
        m_audit->failingAction.clear();
        QCOMPARE(headIds(m_resident.id), before);
        QVERIFY(store::PlanDraftRepository(m_demo.store->db()).draft(m_contact.staffId, m_resident.id).value());
    }

    void settingWritesRevisionJournalAndAuditTogether()
    {
        const core::Id parent = heads(m_resident.id).constFirst().meta.id;
        const qint64 since = m_demo.clock.nowMs();
        auto c = controllerFor(m_contact);
        QVERIFY(c->openFor(core::idToString(m_resident.id)));
        QVERIFY(c->establish());
        const auto now = heads(m_resident.id);
        QCOMPARE(now.size(), 1);
        const core::PlanRevision &set = now.constFirst();
        QCOMPARE(set.parentIds, QList<core::Id> { parent });
        QCOMPARE(set.status, core::PlanStatus::Established);
        QCOMPARE(set.establishedOn, core::careToday());
        QVERIFY(!set.catalogueVersion.isEmpty()); // the catalogue its codes were checked against is kept
        QCOMPARE(set.catalogueVersion, m_demo.catalogue->version());
        QCOMPARE(set.nextFollowUp, core::followUpDueBy(core::careToday(), m_resident.birthDate));
        QCOMPARE(set.participation.present, u"Kalle, kontaktmannen"_s);
        QVERIFY(!store::PlanDraftRepository(m_demo.store->db()).draft(m_contact.staffId, m_resident.id).value());
        const auto entries = store::JournalRepository(m_demo.store->db()).entries(m_resident.id).value();
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const core::JournalEntry &e) {
            return e.category == core::JournalCategory::PlanEvent
                && e.text.startsWith(u"Genomförandeplanen reviderad."_s);
        }));
        const auto events
            = store::AuditLog(m_demo.store->db()).events({ m_resident.id, {}, since, u"write."_s }).value();
        QStringList actions;
        for (const core::AuditEvent &e : events) {
            actions.append(e.action + u':' + e.detail);
        }
        QVERIFY2(actions.contains(u"write.plan:revised"_s), qPrintable(actions.join(u", "_s)));
        QVERIFY(actions.contains(u"write.journal:plan_event"_s));
    }

    void aShortFirstPlanIsMarkedUntilRevised()
    {
        const auto other
            = std::find_if(m_demo.data.residents.cbegin(), m_demo.data.residents.cend(), [&](const core::Resident &r) {
                  return r.id != m_resident.id && r.unitId == m_resident.unitId && heads(r.id).size() == 1
                      && core::ageOn(r.birthDate, core::careToday()) >= 18;
              });
        QVERIFY(other != m_demo.data.residents.cend());
        store::PlanDraft draft;
        draft.plan = heads(other->id).constFirst();
        draft.plan.shortFirstPlan = true;
        draft.plan.participation.relativesAnswered = true;
        const auto first = m_service->set(m_manager, other->id, draft); // no base: a first plan
        QVERIFY2(first, qPrintable(first.logMessage));
        draft.baseId = first.revisionId;
        const auto revised = m_service->set(m_manager, other->id, draft);
        QVERIFY(revised);
        for (const core::PlanRevision &r : store::PlanRepository(m_demo.store->db()).revisions(other->id).value()) {
            if (r.meta.id == first.revisionId) {
                QVERIFY(r.shortFirstPlan);
                QVERIFY(r.parentIds.isEmpty());
            } else if (r.meta.id == revised.revisionId) {
                QVERIFY(!r.shortFirstPlan); // a revision is no longer the short first plan
                QCOMPARE(r.parentIds, QList<core::Id> { first.revisionId });
            }
        }
    }

    void aChildsPlanNeedsTheChildsPart()
    {
        const QDate today = core::careToday();
        const auto child = std::find_if(m_demo.data.residents.cbegin(), m_demo.data.residents.cend(),
            [&](const core::Resident &r) { return core::ageOn(r.birthDate, today) < 18 && heads(r.id).size() <= 1; });
        if (child == m_demo.data.residents.cend()) {
            QSKIP("the demo has no child with one plan");
        }
        const auto manager = auth::sessionUserOf(staffWhere([&](const auto &s) {
            return s.role == core::StaffRole::UnitManager && s.unitIds.contains(child->unitId);
        }));
        auto c = controllerFor(manager);
        QVERIFY(c->openFor(core::idToString(child->id)));
        QVERIFY(c->child());
        c->setChildInformation({});
        c->setChildViews({});
        c->setChildConsidered({});
        c->setChildOtherwise({});
        QVERIFY(!c->establish());
        QVERIFY(!c->childViewsError().isEmpty());
        c->setChildOtherwise(u"Genom samtal med bildstöd tillsammans med pappa"_s);
        c->review();
        QVERIFY(c->childViewsError().isEmpty());
        c->discard();
    }
};

QTEST_GUILESS_MAIN(PlanEditorServiceTest)
#include "planeditorservicetest.moc"
