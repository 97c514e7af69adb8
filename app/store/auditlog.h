// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/audit.h"
#include "app/core/result.h"

#include <QList>

#include <optional>

namespace akten::store {

class Database;

/** Filter for reading audit events; unset fields match everything. */
struct AuditFilter
{
    std::optional<core::Id> residentId;
    std::optional<core::Id> staffId;
    std::optional<qint64> sinceWallMs;
    QString actionPrefix;
};

/**
 * The device's hash-chained audit log. append() assigns seq, prevHash and hash from the chain head kept in the
 * database and must run inside the caller's transaction, so the audited write and its event commit together.
 * Same thread as its Database.
 */
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    /** Completes (seq, prevHash, hash) and inserts the event; returns the stored event. */
    [[nodiscard]] Result<core::AuditEvent> append(core::AuditEvent event);
    [[nodiscard]] Result<QList<core::AuditEvent>> events(const AuditFilter &filter = {}) const;
    /**
     * Verifies every device's chain in the store and the local head anchor, in one read snapshot (its own read
     * transaction unless the caller is in one); Integrity error names the first break.
     */
    [[nodiscard]] Status verify() const;

private:
    [[nodiscard]] Status verifyChains() const;

    Database &m_db;
};

} // namespace akten::store
