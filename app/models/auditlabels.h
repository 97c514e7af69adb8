// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

#include <functional>

namespace akten::models {

/** What an audit action means, in Swedish, for the log-control screen and its export. */
[[nodiscard]] QString auditActionSv(const QString &action);
/**
 * An event's detail for people: the machine details ("14 listed", "tap-out", "staff <id>") in Swedish, staff ids as
 * names from `staffNames`; a reason typed in the UI is shown as it is.
 */
[[nodiscard]] QString auditDetailSv(
    const QString &action, const QString &detail, const std::function<QString(const QString &id)> &staffName);
/** The category a log-control filter uses: "view", "write", "auth" or "admin". */
[[nodiscard]] QString auditCategory(const QString &action);
/** A role code ("care_staff", "unit_manager", "sas", "system") in Swedish. */
[[nodiscard]] QString roleSv(const QString &roleCode);

} // namespace akten::models
