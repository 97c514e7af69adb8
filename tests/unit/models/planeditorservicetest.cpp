// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The plan editor on the demo store: who may edit (kontaktman, unit manager; not other staff, not outside the
// scope), a refusal said at its field with nothing set and the draft kept, the draft surviving a new controller (a
// crash), "Fastställ planen" setting a revision with its parent, date and next follow-up, the journal's automatic
// entry and the audit events in one transaction (a failing audit takes everything back), and a child's plan.
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/core/caretime.h"
#include "app/core/rules.h"
#include "app/models/planeditorcontroller.h"
#include "app/models/planeditorservice.h"
#include "app/models/planeditorstart.h"
#include "app/store/auditlog.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/plandraftrepository.h"
#include "app/store/planrepository.h"

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

    void thePickerOffersTheUnitsMostUsedCodesFirst()
    {
        // Counted here independently: how many residents of the unit have each code in their one current plan.
        QHash<QString, int> using_;
        for (const core::Resident &r : std::as_const(m_demo.data.residents)) {
            const auto h = heads(r.id);
            if (r.unitId != m_resident.unitId || h.size() != 1) {
                continue;
            }
            QSet<QString> codes;
            for (const core::PlanNeed &n : h.constFirst().needs) {
                codes.insert(n.icfCode);
            }
            for (const QString &code : std::as_const(codes)) {
                ++using_[code];
            }
        }
        const auto top = std::max_element(using_.cbegin(), using_.cend());
        QVERIFY2(top != using_.cend() && *top >= 2, "the demo unit shares at least one code between two residents");

        // The eight most used (by residents, then by code), used by two residents at least.
        QStringList shared;
        for (auto it = using_.cbegin(); it != using_.cend(); ++it) {
            if (it.value() >= 2) {
                shared.append(it.key());
            }
        }
        std::sort(shared.begin(), shared.end(), [&](const QString &x, const QString &y) {
            return std::pair(-using_.value(x), x) < std::pair(-using_.value(y), y);
        });
        shared = shared.mid(0, 8);
        QSet<QString> own;
        const auto current = heads(m_resident.id);
        for (const core::PlanNeed &n : current.constFirst().needs) {
            own.insert(n.icfCode);
        }
        auto c = controllerFor(m_contact);
        QVERIFY(c->openFor(core::idToString(m_resident.id)));
        // Each area listed without words: the plan's own codes ("Senast använda") first, then the unit's most used
        // ("Ofta använda"), then the rest in catalogue order.
        int often = 0;
        for (int area = 1; area <= 11; ++area) {
            c->picker()->setArea(area);
            int stage = 0; // 0 recent, 1 often, 2 plain
            for (int i = 0; i < c->picker()->rowCount(); ++i) {
                const QModelIndex row = c->picker()->index(i);
                const QString code = row.data(IcfPickerModel::CodeRole).toString();
                const bool isRecent = row.data(IcfPickerModel::RecentRole).toBool();
                const bool isOften = row.data(IcfPickerModel::OftenRole).toBool();
                QCOMPARE(isRecent, own.contains(code));
                QCOMPARE(isOften, !own.contains(code) && shared.contains(code));
                const int rowStage = isRecent ? 0 : isOften ? 1 : 2;
                QVERIFY2(rowStage >= stage, qPrintable(code));
                stage = rowStage;
                often += isOften ? 1 : 0;
            }
        }
        int expectedOften = 0;
        for (const QString &code : std::as_const(shared)) {
            expectedOften += own.contains(code) ? 0 : 1;
        }
        QCOMPARE(often, expectedOften);
        QVERIFY(often > 0);

        // Most used first, ties by code; a code only one resident uses is not "often".
        const auto planWith = [](const QStringList &codes) {
            core::PlanRevision plan;
            for (const QString &code : codes) {
                core::PlanNeed need;
                need.icfCode = code;
                plan.needs.append(need);
            }
            return plan;
        };
        const auto a = planWith({ u"d510"_s, u"d550"_s, u"d450"_s });
        const auto b = planWith({ u"d550"_s, u"d450"_s });
        const auto d = planWith({ u"d550"_s, u"d550"_s }); // one resident counts once per code
        QCOMPARE(mostUsedCodes({ a, b, d }, 8), (QStringList { u"d550"_s, u"d450"_s }));
        QCOMPARE(mostUsedCodes({ a, b, d }, 1), QStringList { u"d550"_s });
    }

    void aRefusalIsSaidAtTheFieldAndTheDraftSurvives()
    {
        const auto before = store::PlanRepository(m_demo.store->db()).revisions(m_resident.id).value().size();
        {
            auto c = controllerFor(m_contact);
            QVERIFY(c->openFor(core::idToString(m_resident.id)));
            QVERIFY(c->revising());
            writeNeed(*c);
            QVERIFY(c->participation()->howParticipated().isEmpty()); // said again for every revision
            QVERIFY(!c->establish());
            QVERIFY(!c->participation()->howParticipatedError().isEmpty());
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
        c->participation()->setHowParticipated(u"Var med hela tiden"_s);
        c->participation()->setViews(u"Kalle vill duscha på kvällen."_s);
        c->participation()->setPresent(u"Kalle, kontaktmannen"_s);
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
        QVERIFY(c->participation()->child());
        c->participation()->setChildInformation({});
        c->participation()->setChildViews({});
        c->participation()->setChildConsidered({});
        c->participation()->setChildOtherwise({});
        QVERIFY(!c->establish());
        QVERIFY(!c->participation()->childViewsError().isEmpty());
        c->participation()->setChildOtherwise(u"Genom samtal med bildstöd tillsammans med pappa"_s);
        c->review();
        QVERIFY(c->participation()->childViewsError().isEmpty());
        c->discard();
    }
};

QTEST_GUILESS_MAIN(PlanEditorServiceTest)
#include "planeditorservicetest.moc"
