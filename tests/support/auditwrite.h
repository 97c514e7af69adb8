// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/store/auditlog.h"
#include "app/store/database.h"
#include "app/store/transaction.h"

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

/**
 * Changes one audit event in place as someone with the data directory could: the append-only trigger dropped, the
 * row updated (`assignment`, e.g. "detail = 'x'"), the trigger put back as the migration made it.
 */
inline bool alterAuditEvent(store::Database &db, const QString &deviceId, qint64 seq, const QString &assignment)
{
    const QString trigger = QStringLiteral("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
                                           "BEGIN SELECT RAISE(ABORT, 'append-only: audit_events'); END");
    return db.exec(QStringLiteral("DROP TRIGGER audit_events_no_update")).ok()
        && db.exec(QStringLiteral("UPDATE audit_events SET %1 WHERE device_id = '%2' AND seq = %3")
                       .arg(assignment, deviceId)
                       .arg(seq))
               .ok()
        && db.exec(trigger).ok();
}

} // namespace akten::test
