// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/planeditorservice.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/catalogue.h"
#include "app/core/clock.h"
#include "app/core/journal.h"
#include "app/core/rules.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

PlanEditorService::Outcome refused(PlanEditorService::Problem p, const QString &log)
{
    PlanEditorService::Outcome outcome;
    outcome.problem = p;
    outcome.logMessage = log;
    return outcome;
}

/** The journal's automatic entry: what happened, whether it is a short first plan, who took part, the next date. */
QString entryText(const core::PlanRevision &plan, bool revised)
{
    QString text = revised ? u"Genomförandeplanen reviderad."_s : u"Genomförandeplanen upprättad."_s;
    if (plan.shortFirstPlan) {
        text += u" En kort första plan som ska revideras så snart som möjligt."_s;
    }
    if (const QString present = plan.participation.present.trimmed(); !present.isEmpty()) {
        text += u" Deltog: %1."_s.arg(present);
    }
    text += u" Nästa uppföljning senast %1."_s.arg(plan.nextFollowUp.toString(Qt::ISODate));
    return text;
}

} // namespace

PlanEditorService::PlanEditorService(store::DeviceStore &store, store::MasterDataRepository &master,
    auth::AccessAudit &audit, const core::Clock &clock, const core::IbicCatalogue &catalogue)
    : m_store(store)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
    , m_catalogue(catalogue)
{ }

bool PlanEditorService::mayEdit(const auth::SessionUser &user, const core::Resident &resident)
{
    if (!auth::inScope(user, resident)) {
        return false;
    }
    return auth::isContactPerson(user, resident)
        || (user.role == core::StaffRole::UnitManager && user.unitIds.contains(resident.unitId));
}

PlanEditorService::Outcome PlanEditorService::set(
    const auth::SessionUser &user, const core::Id &residentId, const store::PlanDraft &draft)
{
    const auto resident = m_master.resident(residentId);
    if (!resident || !auth::inScope(user, resident.value())) {
        return refused(Problem::OutOfScope, u"the resident is not in the user's scope"_s);
    }
    if (!mayEdit(user, resident.value())) {
        return refused(Problem::NotAllowed, u"only the kontaktman or the unit's manager may set a plan"_s);
    }
    const QDate today = core::careDate(m_clock.nowMs());
    if (auto findings = core::checkPlan(draft.plan, m_catalogue, resident.value().birthDate, today);
        !findings.isEmpty()) {
        Outcome outcome = refused(Problem::Invalid, u"the plan is incomplete"_s);
        outcome.findings = std::move(findings);
        return outcome;
    }
    const bool revised = !draft.baseId.isNull();
    core::PlanRevision plan = draft.plan;
    plan.residentId = residentId;
    plan.decisionId = draft.decisionId;
    if (plan.decisionId.isNull()) { // no decision valid today: the newest one the resident has
        const auto decisions = m_master.decisions(residentId);
        QDate newest;
        for (const core::Decision &d : decisions ? decisions.value() : QList<core::Decision> {}) {
            if (!newest.isValid() || d.validFrom > newest) {
                newest = d.validFrom;
                plan.decisionId = d.id;
            }
        }
    }
    plan.parentIds = revised ? QList<core::Id> { draft.baseId } : QList<core::Id> {};
    plan.status = core::PlanStatus::Established;
    plan.establishedOn = today;
    plan.nextFollowUp = core::followUpDueBy(today, resident.value().birthDate);
    plan.shortFirstPlan = draft.plan.shortFirstPlan && !revised; // a revision is no longer the short first plan
    plan.catalogueVersion = m_catalogue.version(); // the codes were checked against this catalogue
    plan.followUp.reset();

    core::JournalEntry entry;
    entry.residentId = residentId;
    entry.eventDate = today;
    entry.category = core::JournalCategory::PlanEvent;
    entry.text = entryText(plan, revised);
    entry.authorName = user.displayName;
    entry.authorTitle = user.title;

    const core::Id unitId = resident.value().unitId;
    const QList<auth::AuditedWrite> writes {
        { u"write.plan"_s, residentId, unitId, revised ? u"revised"_s : u"established"_s,
            [&](store::DeviceStore &store) -> Status {
                plan.meta = store.stamper().stamp(user.staffId);
                if (auto appended = store::PlanRepository(store.db()).append(plan); !appended) {
                    return appended;
                }
                return store::PlanDraftRepository(store.db()).remove(user.staffId, residentId);
            } },
        { u"write.journal"_s, residentId, unitId, u"plan_event"_s,
            [&](store::DeviceStore &store) {
                entry.meta = store.stamper().stamp(user.staffId);
                return store::JournalRepository(store.db()).append(entry);
            } },
    };
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return refused(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    outcome.revisionId = plan.meta.id;
    outcome.journalEntryId = entry.meta.id;
    return outcome;
}
