// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/followup.h"

#include <QList>

namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
}
namespace akten::store {
class DeviceStore;
class MasterDataRepository;
} // namespace akten::store

/**
 * The write path of a plan follow-up (domain.md D2): the follow-up record (immutable), the automatic journal entry
 * "Genomförandeplanen uppföljd …" (category plan event) and an audit event for each, all in one transaction. Only
 * the resident's kontaktman and the unit's manager follow up, only a set revision that is a head of the resident's
 * plan, and only a complete follow-up (core::checkFollowUp): a refusal writes nothing. GUI thread, like its store.
 */
class FollowUpService
{
public:
    enum class Problem {
        None,
        Incomplete, ///< see `gaps`
        NotAllowed, ///< out of scope, or neither kontaktman nor unit manager
        NoPlan, ///< the revision is not the resident's current set plan
        StoreFailed, ///< the store or the audit log could not write: nothing was written
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        QList<akten::core::FollowUpGap> gaps;
        akten::core::Id followUpId;
        akten::core::Id journalEntryId;
        QString logMessage; ///< English, never personal data
        explicit operator bool() const { return problem == Problem::None; }
    };

    FollowUpService(akten::store::DeviceStore &store, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock);

    /** Whether `user` may follow up this resident's plan: their kontaktman, or the manager of their unit. */
    [[nodiscard]] static bool mayFollowUp(const akten::auth::SessionUser &user, const akten::core::Resident &resident);

    /** Saves `followUp` (its date: today in care time; its meta stamped here). */
    [[nodiscard]] Outcome save(const akten::auth::SessionUser &user, akten::core::PlanFollowUpRecord followUp);

    /** The clock the follow-up is dated by (FollowUpController asks PlanReadGate with its date). */
    [[nodiscard]] const akten::core::Clock &clock() const { return m_clock; }

private:
    akten::store::DeviceStore &m_store;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
};
