// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"

#include <QByteArray>
#include <QString>

namespace akten::core {

enum class BadgeState { Active, Locked, Revoked };

/**
 * A staff member's enrolled badge. The card UID is kept only as a keyed hash (a UID identifies a person); the PIN
 * only as an Argon2id verifier string. failedAttempts is persisted so lockout survives restarts and clock changes.
 */
struct BadgeCredential
{
    QByteArray uidHash; ///< 32 bytes, BLAKE2b keyed with the store's badge key
    Id staffId;
    QString pinVerifier; ///< "$argon2id$v=19$m=...,t=...,p=1$..."
    BadgeState state = BadgeState::Active;
    int failedAttempts = 0;
};

} // namespace akten::core
