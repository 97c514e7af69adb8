// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/auth/accessaudit.h"

#include "app/core/enums.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"
#include "app/store/transaction.h"

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
    return recordWrites(user, { AuditedWrite { action, residentId, unitId, detail, write } });
}

Status AccessAudit::recordWrites(const SessionUser *user, const QList<AuditedWrite> &writes)
{
    store::Transaction tx(m_store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    for (const AuditedWrite &w : writes) {
        core::AuditEvent event;
        event.meta = m_store.stamper().stamp(user ? user->staffId : core::Id {});
        event.staffRole = user ? core::toCode(user->role) : u"system"_s;
        event.residentId = w.residentId;
        event.unitId = w.unitId;
        if (!event.unitId && user && !user->unitIds.isEmpty()) {
            event.unitId = user->unitIds.constFirst();
        }
        event.action = w.action;
        event.detail = w.detail;
        if (auto appended = store::AuditLog(m_store.db()).append(event); !appended) {
            return appended.error();
        }
        if (w.write) {
            if (auto written = w.write(m_store); !written) {
                return written;
            }
        }
    }
    return tx.commit();
}

} // namespace akten::auth
