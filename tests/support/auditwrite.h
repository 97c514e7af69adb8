// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "store/auditlog.h"
#include "store/transaction.h"

namespace akten::test {

/** Appends one audit event in a transaction of its own, as the app's writes do (AuditLog requires one). */
inline Result<core::AuditEvent> appendAudit(store::Database &db, const core::AuditEvent &event)
{
    store::Transaction tx(db);
    if (auto started = tx.start(); !started) {
        return started.error();
    }
    auto appended = store::AuditLog(db).append(event);
    if (!appended) {
        return appended.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return appended;
}

} // namespace akten::test
