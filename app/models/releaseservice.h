// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/releaserules.h"

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
 * The write path of a release of records (domain.md D7): a request written down by staff of the resident's unit, and
 * the decision on it by the unit's manager (the delegation order), each an append-only event with its audit event;
 * the decision also writes the journal entry ("who got the copy, what it covers, when, who released it", or the
 * refusal with its reason and the right to appeal), all in one transaction. A request or decision that is not
 * complete (core/releaserules.h: e.g. a release without a recipient check, a refusal without a reason) writes
 * nothing. GUI thread, like its store.
 */
class ReleaseService
{
public:
    enum class Problem {
        None,
        Incomplete, ///< see `gaps`
        NotAllowed, ///< out of scope; a decision by someone other than the unit's manager
        NoRequest, ///< the request to decide is unknown or already decided
        StoreFailed, ///< the store or the audit log could not write: nothing was written
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        QList<akten::core::ReleaseGap> gaps;
        akten::core::Id eventId;
        QString logMessage; ///< English, never personal data
        explicit operator bool() const { return problem == Problem::None; }
    };

    ReleaseService(akten::store::DeviceStore &store, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock);

    /** Whether `user` may decide on this resident's requests: the manager of the resident's unit. */
    [[nodiscard]] static bool mayDecide(const akten::auth::SessionUser &user, const akten::core::Resident &resident);

    /** Writes a request down (its meta stamped here). */
    [[nodiscard]] Outcome request(const akten::auth::SessionUser &user, akten::core::ReleaseEvent request);
    /** Writes the decision on `decision.requestId`, dated today (care date). */
    [[nodiscard]] Outcome decide(const akten::auth::SessionUser &user, akten::core::ReleaseEvent decision);

private:
    akten::store::DeviceStore &m_store;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
};
