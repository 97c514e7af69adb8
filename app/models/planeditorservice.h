// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/plancheck.h"
#include "app/store/plandraftrepository.h"

#include <QList>

namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
class IbicCatalogue;
} // namespace akten::core
namespace akten::store {
class DeviceStore;
class MasterDataRepository;
} // namespace akten::store

/**
 * The write path of the implementation plan (domain.md D2, D8): "Fastställ planen" sets a new immutable revision
 * (its parent the revision it revises, the date, the people who took part, the next follow-up from the rules), writes
 * the journal's automatic entry ("Genomförandeplanen upprättad" / "reviderad") and deletes the author's draft, all in
 * one transaction with an audit event for the plan and one for the entry. Only the resident's kontaktman and the
 * unit's manager may set a plan; a resident outside the user's scope is refused. Everything is checked whole first
 * (core::checkPlan): a refusal writes nothing and the draft stays. GUI thread, like its store.
 */
class PlanEditorService
{
public:
    enum class Problem {
        None,
        Invalid, ///< see `findings`
        OutOfScope, ///< the resident is not in the user's units
        NotAllowed, ///< neither the resident's kontaktman nor the unit's manager
        StoreFailed, ///< the store or the audit log could not write: nothing was written
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        QList<akten::core::PlanFinding> findings;
        akten::core::Id revisionId; ///< the new revision
        akten::core::Id journalEntryId; ///< its journal entry
        QString logMessage; ///< English, never personal data
        explicit operator bool() const { return problem == Problem::None; }
    };

    PlanEditorService(akten::store::DeviceStore &store, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock, const akten::core::IbicCatalogue &catalogue);

    /** Whether `user` may create or revise the plan of `resident`: their kontaktman or the unit's manager. */
    [[nodiscard]] static bool mayEdit(const akten::auth::SessionUser &user, const akten::core::Resident &resident);

    /** Sets `draft` as the resident's plan today (care time); the user's draft for the resident is deleted with it. */
    [[nodiscard]] Outcome set(
        const akten::auth::SessionUser &user, const akten::core::Id &residentId, const akten::store::PlanDraft &draft);

private:
    akten::store::DeviceStore &m_store;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    const akten::core::IbicCatalogue &m_catalogue;
};
