// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/audit.h"
#include "app/core/result.h"

#include <QJsonObject>

namespace akten::store {

/**
 * Reads an audit_events row as it travels (sync/PROTOCOL.md "Records": ids as text, the HLC as its text form, hashes
 * as {"b64": …}) back into the core::AuditEvent the device hashed, so the central store recomputes the hash with the
 * same canonical bytes (core::canonicalAuditBytes) as the tablet. Strict: a value that would not come back as the
 * same text (an id in another case, a malformed HLC, a number with a fraction, a missing column) is refused, so no
 * two different rows read as the same event.
 */
[[nodiscard]] Result<core::AuditEvent> auditEventFromRow(const QJsonObject &row);

} // namespace akten::store
