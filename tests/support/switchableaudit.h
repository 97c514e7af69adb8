// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "auth/accessaudit.h"

namespace akten::test {

/** The real access audit, which a test can make fail ("disk full") to check that nothing is shown without it. */
class SwitchableAudit final : public auth::AccessAudit
{
public:
    using AccessAudit::AccessAudit;
    bool failing = false;

    Status record(const auth::SessionUser *user, const QString &action, const std::optional<core::Id> &residentId,
        const std::optional<core::Id> &unitId, const QString &detail) override
    {
        if (failing) {
            return Error { ErrorCode::Io, QStringLiteral("disk full") };
        }
        return AccessAudit::record(user, action, residentId, unitId, detail);
    }
    Status recordWrite(const auth::SessionUser *user, const QString &action, const std::optional<core::Id> &residentId,
        const std::optional<core::Id> &unitId, const QString &detail,
        const std::function<Status(store::DeviceStore &)> &write) override
    {
        if (failing) {
            // The write runs, then the audit fails: the transaction must take the write back with it.
            return AccessAudit::recordWrite(user, action, residentId, unitId, detail, [&](store::DeviceStore &store) {
                if (auto written = write(store); !written) {
                    return written;
                }
                return Status { Error { ErrorCode::Io, QStringLiteral("disk full") } };
            });
        }
        return AccessAudit::recordWrite(user, action, residentId, unitId, detail, write);
    }
};

} // namespace akten::test
