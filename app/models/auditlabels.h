// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

namespace akten::models {

/** What an audit action means, in Swedish, for the log-control screen and its export. */
[[nodiscard]] QString auditActionSv(const QString &action);
/** The category a log-control filter uses: "view", "write", "auth" or "admin". */
[[nodiscard]] QString auditCategory(const QString &action);
/** A role code ("care_staff", "unit_manager", "sas", "system") in Swedish. */
[[nodiscard]] QString roleSv(const QString &roleCode);

} // namespace akten::models
