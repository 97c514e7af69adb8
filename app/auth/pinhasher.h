// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QString>

namespace akten::auth {

/**
 * PIN verifiers with Argon2id (libsodium crypto_pwhash_str, interactive limits: 64 MiB, 2 passes). verify() is
 * libsodium's constant-time check. Thread-safe (no state).
 */
class PinHasher
{
public:
    [[nodiscard]] static Result<QString> hash(const QString &pin);
    [[nodiscard]] static bool verify(const QString &pin, const QString &verifier);
};

} // namespace akten::auth
