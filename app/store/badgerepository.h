// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/badge.h"
#include "app/core/result.h"

#include <QList>
#include <optional>

namespace akten::store {

class Database;

/**
 * Enrolled badges and their failure counters. Card UIDs are turned into keyed hashes here (uidHash()); the plain UID
 * is never stored or logged. Same thread as its Database; no transactions of its own.
 */
class BadgeRepository
{
public:
    explicit BadgeRepository(Database &db);

    /** BLAKE2b-256 of the normalised UID (upper-case hex) keyed with this store's badge key (created on first use). */
    [[nodiscard]] Result<QByteArray> uidHash(const QString &uidHex);
    [[nodiscard]] Status enrol(const core::BadgeCredential &badge);
    [[nodiscard]] Result<std::optional<core::BadgeCredential>> find(const QByteArray &uidHash) const;
    [[nodiscard]] Result<QList<core::BadgeCredential>> badgesOf(const core::Id &staffId) const;
    [[nodiscard]] Status setFailedAttempts(const QByteArray &uidHash, int attempts);
    [[nodiscard]] Status setState(const QByteArray &uidHash, core::BadgeState state);
    [[nodiscard]] Status setPinVerifier(const QByteArray &uidHash, const QString &verifier);

private:
    Database &m_db;
};

} // namespace akten::store
