// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/followupservice.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/core/enums.h"
#include "app/core/journal.h"
#include "app/models/journalwrite.h"
#include "app/store/devicestore.h"
#include "app/store/followuprepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

FollowUpService::Outcome problem(FollowUpService::Problem p, const QString &log)
{
    FollowUpService::Outcome outcome;
    outcome.problem = p;
    outcome.logMessage = log;
    return outcome;
}

} // namespace

FollowUpService::FollowUpService(
    store::DeviceStore &store, store::MasterDataRepository &master, auth::AccessAudit &audit, const core::Clock &clock)
    : m_store(store)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
{ }

bool FollowUpService::mayFollowUp(const auth::SessionUser &user, const core::Resident &resident)
{
    if (!auth::inScope(user, resident)) {
        return false;
    }
    return auth::isContactPerson(user, resident)
        || (user.role == core::StaffRole::UnitManager && user.unitIds.contains(resident.unitId));
}

FollowUpService::Outcome FollowUpService::save(const auth::SessionUser &user, core::PlanFollowUpRecord followUp)
{
    const auto resident = m_master.resident(followUp.residentId);
    if (!resident || !mayFollowUp(user, resident.value())) {
        return problem(Problem::NotAllowed, u"only the kontaktman or the unit manager follows up a plan"_s);
    }
    const auto heads = store::PlanRepository(m_store.db()).heads(followUp.residentId);
    if (!heads) {
        return problem(Problem::StoreFailed, heads.error().message);
    }
    const bool current = std::any_of(heads.value().cbegin(), heads.value().cend(), [&](const core::PlanRevision &r) {
        return r.meta.id == followUp.revisionId && r.status == core::PlanStatus::Established;
    });
    if (!current) {
        return problem(Problem::NoPlan, u"the revision is not the resident's current set plan"_s);
    }
    if (const auto gaps = core::checkFollowUp(followUp); !gaps.isEmpty()) {
        Outcome outcome = problem(Problem::Incomplete, u"the follow-up is not complete"_s);
        outcome.gaps = gaps;
        return outcome;
    }
    followUp.date = core::careDate(m_clock.nowMs());
    core::JournalEntry entry = models::journalEntryBy(user, followUp.residentId, followUp.date,
        core::JournalCategory::PlanEvent, core::followUpJournalText(followUp));
    const core::Id unitId = resident.value().unitId;
    const QList<auth::AuditedWrite> writes {
        { u"write.plan_follow_up"_s, followUp.residentId, unitId, core::toCode(*followUp.outcome),
            [&](store::DeviceStore &store) {
                followUp.meta = store.stamper().stamp(user.staffId);
                return store::FollowUpRepository(store.db()).add(followUp);
            } },
        models::journalWrite(user, entry, unitId),
    };
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    outcome.followUpId = followUp.meta.id;
    outcome.journalEntryId = entry.meta.id;
    return outcome;
}
