// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/releaseservice.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/core/consentrules.h"
#include "app/core/enums.h"
#include "app/core/journal.h"
#include "app/models/journalwrite.h"
#include "app/store/consentrepository.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

ReleaseService::Outcome problem(ReleaseService::Problem p, const QString &log)
{
    ReleaseService::Outcome outcome;
    outcome.problem = p;
    outcome.logMessage = log;
    return outcome;
}

} // namespace

ReleaseService::ReleaseService(
    store::DeviceStore &store, store::MasterDataRepository &master, auth::AccessAudit &audit, const core::Clock &clock)
    : m_store(store)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
{ }

bool ReleaseService::mayDecide(const auth::SessionUser &user, const core::Resident &resident)
{
    return user.role == core::StaffRole::UnitManager && user.unitIds.contains(resident.unitId);
}

ReleaseService::Outcome ReleaseService::request(const auth::SessionUser &user, core::ReleaseEvent request)
{
    const auto resident = m_master.resident(request.residentId);
    if (!resident || !auth::inScope(user, resident.value())) {
        return problem(Problem::NotAllowed, u"the resident is not in the user's units"_s);
    }
    request.stage = core::ReleaseStage::Request;
    request.requestId = {};
    if (const auto gaps = core::releaseRequestGaps(request); !gaps.isEmpty()) {
        Outcome outcome = problem(Problem::Incomplete, u"the request is not complete"_s);
        outcome.gaps = gaps;
        return outcome;
    }
    const QList<auth::AuditedWrite> writes {
        { u"write.release_request"_s, request.residentId, resident.value().unitId, core::toCode(request.requesterKind),
            [&](store::DeviceStore &store) {
                request.meta = store.stamper().stamp(user.staffId);
                return store::ConsentRepository(store.db()).appendReleaseEvent(request);
            } },
    };
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    outcome.eventId = request.meta.id;
    return outcome;
}

ReleaseService::Outcome ReleaseService::decide(const auth::SessionUser &user, core::ReleaseEvent decision)
{
    const auto resident = m_master.resident(decision.residentId);
    if (!resident || !auth::inScope(user, resident.value()) || !mayDecide(user, resident.value())) {
        return problem(Problem::NotAllowed, u"only the unit manager decides on a release"_s);
    }
    store::ConsentRepository repository(m_store.db());
    const auto events = repository.releaseEvents(decision.residentId);
    const auto consents = repository.consents(decision.residentId);
    if (!events || !consents) {
        return problem(Problem::StoreFailed, u"the release or consent events could not be read"_s);
    }
    const core::ReleaseEvent *request = nullptr;
    for (const core::ReleaseEvent &event : events.value()) {
        if (event.meta.id == decision.requestId && event.stage == core::ReleaseStage::Request) {
            request = &event;
        }
    }
    if (!request || core::decisionOf(*request, events.value())) {
        return problem(Problem::NoRequest, u"the request is unknown or already decided"_s);
    }
    const QDate today = core::careDate(m_clock.nowMs());
    bool consentValid = false;
    for (const core::ConsentEvent &consent : consents.value()) {
        consentValid = consentValid
            || (consent.meta.id == decision.consentId && consent.action == core::ConsentAction::Given
                && core::consentStatus(consent, consents.value(), today) == core::ConsentStatus::Valid);
    }
    decision.stage = core::ReleaseStage::Decision;
    decision.decidedOn = today;
    if (const auto gaps = core::releaseDecisionGaps(decision, consentValid); !gaps.isEmpty()) {
        Outcome outcome = problem(Problem::Incomplete, u"the decision is not complete"_s);
        outcome.gaps = gaps;
        return outcome;
    }
    // Professionals by first name and title (domain.md D3).
    core::JournalEntry entry = models::journalEntryBy(user, decision.residentId, today, core::JournalCategory::Release,
        core::releaseJournalText(
            *request, decision, u"%1, %2"_s.arg(user.displayName.section(u' ', 0, 0), user.title)));
    const core::Id unitId = resident.value().unitId;
    const QList<auth::AuditedWrite> writes {
        { u"write.release_decision"_s, decision.residentId, unitId, core::toCode(*decision.outcome),
            [&](store::DeviceStore &store) {
                decision.meta = store.stamper().stamp(user.staffId);
                return store::ConsentRepository(store.db()).appendReleaseEvent(decision);
            } },
        models::journalWrite(user, entry, unitId),
    };
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    outcome.eventId = decision.meta.id;
    return outcome;
}
