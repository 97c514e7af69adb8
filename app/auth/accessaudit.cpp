// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "auth/accessaudit.h"

#include "core/enums.h"
#include "store/auditlog.h"
#include "store/devicestore.h"
#include "store/transaction.h"

using namespace Qt::StringLiterals;

namespace akten::auth {

AccessAudit::AccessAudit(store::DeviceStore &store)
    : m_store(store)
{ }

Status AccessAudit::record(const SessionUser *user, const QString &action, const std::optional<core::Id> &residentId,
    const std::optional<core::Id> &unitId, const QString &detail)
{
    return recordWrite(user, action, residentId, unitId, detail, {});
}

Status AccessAudit::recordWrite(const SessionUser *user, const QString &action,
    const std::optional<core::Id> &residentId, const std::optional<core::Id> &unitId, const QString &detail,
    const std::function<Status(store::DeviceStore &)> &write)
{
    store::Transaction tx(m_store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    core::AuditEvent event;
    event.meta = m_store.stamper().stamp(user ? user->staffId : core::Id {});
    event.staffRole = user ? core::toCode(user->role) : u"system"_s;
    event.residentId = residentId;
    event.unitId = unitId;
    if (!event.unitId && user && !user->unitIds.isEmpty()) {
        event.unitId = user->unitIds.constFirst();
    }
    event.action = action;
    event.detail = detail;
    if (auto appended = store::AuditLog(m_store.db()).append(event); !appended) {
        return appended.error();
    }
    if (write) {
        if (auto written = write(m_store); !written) {
            return written;
        }
    }
    return tx.commit();
}

} // namespace akten::auth
