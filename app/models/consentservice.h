// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/consentrules.h"

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
 * The write path of the consent register (domain.md D6): a consent given or a revocation naming it, with the journal
 * entry the guideline asks for (category consent: when, for whom, for how long, which data) and an audit event for
 * each, in one transaction. Staff of the resident's unit note consents; a consent that is not complete
 * (core::consentGaps, e.g. one that ends before it starts) or a revocation of a consent that is not in force writes
 * nothing. Append-only: a revocation is a new event. GUI thread, like its store.
 */
class ConsentService
{
public:
    enum class Problem {
        None,
        Incomplete, ///< see `gaps`
        NotAllowed, ///< out of the user's units
        NotInForce, ///< the consent to revoke is unknown, already revoked or expired
        StoreFailed, ///< the store or the audit log could not write: nothing was written
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        QList<akten::core::ConsentGap> gaps;
        akten::core::Id eventId;
        QString logMessage; ///< English, never personal data
        explicit operator bool() const { return problem == Problem::None; }
    };

    ConsentService(akten::store::DeviceStore &store, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock);

    /** Notes a consent given (action Given; the author and meta are stamped here). */
    [[nodiscard]] Outcome give(const akten::auth::SessionUser &user, akten::core::ConsentEvent consent);
    /**
     * Notes the revocation of `consentId` from today (care date), by `givenBy` (the resident or a representative,
     * `kind`, `mandate`) in `form`.
     */
    [[nodiscard]] Outcome revoke(const akten::auth::SessionUser &user, const akten::core::Id &residentId,
        const akten::core::Id &consentId, akten::core::ConsentEvent revocation);

private:
    Outcome write(const akten::auth::SessionUser &user, const akten::core::Id &unitId, akten::core::ConsentEvent &event,
        const QString &journalText);

    akten::store::DeviceStore &m_store;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
};
