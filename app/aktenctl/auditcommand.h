// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QStringList>

namespace akten::cli {

/**
 * `aktenctl audit --data-dir DIR [--device-key FILE] [--resident ID] [--staff ID] [--since ISO8601]
 * [--action PREFIX] --json`: verifies the audit chain, then prints the matching events as one JSON array.
 */
int runAuditCommand(const QStringList &args);

} // namespace akten::cli
