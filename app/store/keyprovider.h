// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/store/secretbytes.h"

#include <QByteArray>
#include <QString>

namespace akten::store {

/**
 * Wraps and unwraps the store's 256-bit data key with a device key held by the platform (TPM 2.0 where present,
 * a root-only file otherwise, an in-memory key in tests). The device key never leaves the provider.
 * Implementations are used from one thread at a time.
 */
class KeyProvider
{
public:
    virtual ~KeyProvider() = default;
    /** Makes sure a device key exists (creating one if allowed by the backend). */
    [[nodiscard]] virtual Status prepare(bool create) = 0;
    [[nodiscard]] virtual Result<QByteArray> wrap(const SecretBytes &dataKey) = 0;
    /** Fails with ErrorCode::WrongKey if the blob was not wrapped by this device key or was altered. */
    [[nodiscard]] virtual Result<SecretBytes> unwrap(const QByteArray &wrapped) = 0;
    /** Erases the device key (used when the device is revoked); the data key becomes unrecoverable. */
    [[nodiscard]] virtual Status destroy() = 0;
    [[nodiscard]] virtual QString description() const = 0;
};

} // namespace akten::store
