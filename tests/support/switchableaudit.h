// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/accessaudit.h"

namespace akten::test {

/** The real access audit, which a test can make fail ("disk full") to check that nothing is shown without it. */
class SwitchableAudit final : public auth::AccessAudit
{
public:
    using AccessAudit::AccessAudit;
    bool failing = false;
    QString failingAction; ///< a write with this action fails (after the writes before it ran)

    Status record(const auth::SessionUser *user, const QString &action, const std::optional<core::Id> &residentId,
        const std::optional<core::Id> &unitId, const QString &detail) override
    {
        if (failing) {
            return Error { ErrorCode::Io, QStringLiteral("disk full") };
        }
        return AccessAudit::record(user, action, residentId, unitId, detail);
    }
    Status recordWrites(const auth::SessionUser *user, const QList<auth::AuditedWrite> &writes) override
    {
        if (!failingAction.isEmpty()) {
            QList<auth::AuditedWrite> partly = writes;
            for (auth::AuditedWrite &w : partly) {
                if (w.action == failingAction) {
                    w.write = [](store::DeviceStore &) {
                        return Status { Error { ErrorCode::Io, QStringLiteral("disk full") } };
                    };
                }
            }
            return AccessAudit::recordWrites(user, partly);
        }
        if (!failing) {
            return AccessAudit::recordWrites(user, writes);
        }
        // The writes run, then the audit fails: the transaction must take every write back with it.
        QList<auth::AuditedWrite> failingWrites = writes;
        failingWrites.append({ QStringLiteral("test.fail"), {}, {}, {}, [](store::DeviceStore &) {
                                  return Status { Error { ErrorCode::Io, QStringLiteral("disk full") } };
                              } });
        return AccessAudit::recordWrites(user, failingWrites);
    }
};

} // namespace akten::test
