// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/core/signing.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace akten::store {

class Database;

/** Signatures and retractions (append-only). Same thread as its Database; no transactions of its own. */
class SigningRepository
{
public:
    explicit SigningRepository(Database &db);

    [[nodiscard]] Status append(const core::Signature &signature);
    [[nodiscard]] Status appendRetraction(const core::SignatureRetraction &retraction);
    /** Signatures of a resident with plannedFor in [from, to), ordered by plannedFor then HLC. */
    [[nodiscard]] Result<QList<core::Signature>> signatures(
        const core::Id &residentId, const QDateTime &from, const QDateTime &to) const;
    /** Every signature with plannedFor in [from, to) (a unit's day for Nu and the board), ordered likewise. */
    [[nodiscard]] Result<QList<core::Signature>> signaturesBetween(const QDateTime &from, const QDateTime &to) const;
    [[nodiscard]] Result<std::optional<core::Signature>> signature(const core::Id &id) const;
    [[nodiscard]] Result<QList<core::SignatureRetraction>> retractions(const core::Id &residentId) const;
    /** Retractions of the signatures with plannedFor in [from, to). */
    [[nodiscard]] Result<QList<core::SignatureRetraction>> retractionsBetween(
        const QDateTime &from, const QDateTime &to) const;

private:
    Database &m_db;
};

} // namespace akten::store
