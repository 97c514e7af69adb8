// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/caseclosureservice.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/core/enums.h"
#include "app/core/journal.h"
#include "app/core/journalnote.h"
#include "app/models/journalwrite.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

CaseClosureService::Outcome problem(CaseClosureService::Problem p, const QString &log)
{
    CaseClosureService::Outcome outcome;
    outcome.problem = p;
    outcome.logMessage = log;
    return outcome;
}

} // namespace

CaseClosureService::CaseClosureService(
    store::DeviceStore &store, store::MasterDataRepository &master, auth::AccessAudit &audit, const core::Clock &clock)
    : m_store(store)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
{ }

bool CaseClosureService::mayClose(const auth::SessionUser &user, const core::Resident &resident)
{
    return auth::inScope(user, resident) && user.role == core::StaffRole::UnitManager
        && user.unitIds.contains(resident.unitId);
}

CaseClosureService::Outcome CaseClosureService::close(const auth::SessionUser &user, const core::Id &residentId,
    std::optional<core::ClosureReason> reason, const QString &reasonText, const QString &finalNote)
{
    const auto resident = m_master.resident(residentId);
    if (!resident || !mayClose(user, resident.value())) {
        return problem(Problem::NotAllowed, u"only the unit manager closes a case"_s);
    }
    const auto existing = store::CaseClosureRepository(m_store.db()).closure(residentId);
    if (!existing) {
        return problem(Problem::StoreFailed, existing.error().message);
    }
    if (existing.value()) {
        return problem(Problem::AlreadyClosed, u"the case is closed already"_s);
    }
    if (const auto gaps = core::checkClosure(reason, reasonText, finalNote); gaps.any()) {
        Outcome outcome = problem(Problem::Incomplete, u"the closure is not complete"_s);
        outcome.gaps = gaps;
        return outcome;
    }
    if (finalNote.size() > core::kMaxJournalText) {
        Outcome outcome = problem(Problem::Incomplete, u"the final note is too long"_s);
        outcome.gaps.noFinalNote = true;
        return outcome;
    }
    const QDate today = core::careDate(m_clock.nowMs());
    core::JournalEntry note
        = models::journalEntryBy(user, residentId, today, core::JournalCategory::FinalNote, finalNote.trimmed());
    core::CaseClosure closure;
    closure.residentId = residentId;
    closure.closedOn = today;
    closure.reason = *reason;
    closure.reasonText = reasonText.trimmed();
    const core::Id unitId = resident.value().unitId;
    // The note first: the closure names it, and once the closure is in, the store takes nothing more about them.
    const QList<auth::AuditedWrite> writes {
        models::journalWrite(user, note, unitId),
        { u"write.case_closure"_s, residentId, unitId, core::toCode(closure.reason),
            [&](store::DeviceStore &store) {
                closure.meta = store.stamper().stamp(user.staffId);
                closure.finalNoteId = note.meta.id;
                return store::CaseClosureRepository(store.db()).add(closure);
            } },
    };
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    outcome.closure = closure;
    return outcome;
}
