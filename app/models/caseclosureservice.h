// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/caseclosure.h"

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
 * The write path of closing a case (domain.md D3): the final note (a journal entry, category final note), the closure
 * record and an audit event for each, in one transaction. Only the manager of the resident's unit closes a case,
 * only an open one, and only with a reason (and what "annat" means) and a final note: a refusal writes nothing.
 * After it the store refuses every record about the resident (store/closedcaseguard.h). GUI thread, like its store.
 */
class CaseClosureService
{
public:
    enum class Problem {
        None,
        Incomplete, ///< see `gaps`
        NotAllowed, ///< out of scope, or not the unit's manager
        AlreadyClosed,
        StoreFailed, ///< nothing was written
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        akten::core::ClosureGaps gaps;
        akten::core::CaseClosure closure;
        QString logMessage; ///< English, never personal data
        explicit operator bool() const { return problem == Problem::None; }
    };

    CaseClosureService(akten::store::DeviceStore &store, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock);

    /** Whether a store refusal (its log message) was the closed-case guard's (store/closedcaseguard.h). */
    [[nodiscard]] static bool refusedAsClosed(const QString &logMessage)
    {
        return logMessage.contains(QStringLiteral("closed case: "));
    }
    /** Whether `user` may close this resident's case (and export it for the archive): the manager of their unit. */
    [[nodiscard]] static bool mayClose(const akten::auth::SessionUser &user, const akten::core::Resident &resident);

    [[nodiscard]] Outcome close(const akten::auth::SessionUser &user, const akten::core::Id &residentId,
        std::optional<akten::core::ClosureReason> reason, const QString &reasonText, const QString &finalNote);

private:
    akten::store::DeviceStore &m_store;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
};
