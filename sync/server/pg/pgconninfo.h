// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QString>

#include <optional>

namespace akten::sync::pg {

/**
 * Why akten-central refuses a PostgreSQL connection string given on its command line, or nothing. Command lines are
 * visible to every local user (ps, /proc), so a `password` (keyword or in a URI) is refused: it comes from
 * --postgres-password-file, PGPASSWORD or PGPASSFILE instead. A database that is not on this machine (a host other
 * than a unix-socket directory, `localhost`, 127.0.0.0/8 or ::1) needs `sslmode=verify-full`: the personal data and
 * the rights travel encrypted to a server whose certificate and name are checked. PGHOST, PGHOSTADDR and PGSSLMODE
 * count as libpq counts them. Pure apart from reading those variables.
 */
[[nodiscard]] std::optional<QString> conninfoProblem(const QString &conninfo);

/** Whether a libpq host or hostaddr names this machine: a socket directory, localhost, 127.0.0.0/8 or ::1. */
[[nodiscard]] bool isLocalHost(const QString &host);

} // namespace akten::sync::pg
