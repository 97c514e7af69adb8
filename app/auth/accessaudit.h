// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/result.h"

#include <QList>

#include <functional>
#include <optional>

namespace akten::store {
class DeviceStore;
}

namespace akten::auth {

/** One audited write: its audit event's fields and the write itself. */
struct AuditedWrite
{
    QString action;
    std::optional<core::Id> residentId;
    std::optional<core::Id> unitId;
    QString detail; ///< never clinical text or a badge UID
    std::function<Status(store::DeviceStore &)> write; ///< may be empty (an access without a write)
};

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
    [[nodiscard]] Status recordWrite(const SessionUser *user, const QString &action,
        const std::optional<core::Id> &residentId, const std::optional<core::Id> &unitId, const QString &detail,
        const std::function<Status(store::DeviceStore &)> &write);
    /** Several writes, each after its own audit event, in one transaction: all are stored, or none. */
    [[nodiscard]] virtual Status recordWrites(const SessionUser *user, const QList<AuditedWrite> &writes);

private:
    store::DeviceStore &m_store;
};

} // namespace akten::auth
