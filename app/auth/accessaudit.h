// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "auth/sessionpolicy.h"
#include "core/result.h"

#include <functional>
#include <optional>

namespace akten::store {
class DeviceStore;
}

namespace akten::auth {

/**
 * Writes one audit event for an access by the logged-in user (a view of a resident's data, a session change), in
 * its own transaction. Callers show the data only after record() succeeded: no audit, no access.
 */
class AccessAudit
{
public:
    explicit AccessAudit(store::DeviceStore &store);
    virtual ~AccessAudit() = default;
    AccessAudit(const AccessAudit &) = delete;
    AccessAudit &operator=(const AccessAudit &) = delete;

    /** `user` null = a system event. `detail` must never hold clinical text or a badge UID. */
    [[nodiscard]] virtual Status record(const SessionUser *user, const QString &action,
        const std::optional<core::Id> &residentId = {}, const std::optional<core::Id> &unitId = {},
        const QString &detail = {});
    /** The event and `write` in one transaction: both are stored, or neither. */
    [[nodiscard]] virtual Status recordWrite(const SessionUser *user, const QString &action,
        const std::optional<core::Id> &residentId, const std::optional<core::Id> &unitId, const QString &detail,
        const std::function<Status(store::DeviceStore &)> &write);

private:
    store::DeviceStore &m_store;
};

} // namespace akten::auth
