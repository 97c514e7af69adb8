// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/store/keyprovider.h"
#include "app/store/secretbytes.h"

#include <QByteArray>

namespace akten::platform {
// The store's key seam, which every provider here implements.
using store::KeyProvider;
using store::SecretBytes;
} // namespace akten::platform

namespace akten::platform::keywrap {

/** The size of a device key: a 256-bit XSalsa20-Poly1305 key (libsodium crypto_secretbox). */
[[nodiscard]] std::size_t deviceKeySize();

/** Wraps a data key with a device key: format byte, random 24-byte nonce, crypto_secretbox (MAC + ciphertext). */
[[nodiscard]] QByteArray wrap(const SecretBytes &deviceKey, const SecretBytes &dataKey);

/** Fails with ErrorCode::WrongKey if `wrapped` is malformed, altered or wrapped by another device key. */
[[nodiscard]] Result<SecretBytes> unwrap(const SecretBytes &deviceKey, const QByteArray &wrapped);

} // namespace akten::platform::keywrap

namespace akten::platform {

/**
 * A KeyProvider whose device key lives at a path and whose backend only has to create it and produce it: preparing
 * (an existing key must open), wrapping and unwrapping are the same for all (keywrap).
 */
class SecretboxKeyProvider : public KeyProvider
{
public:
    explicit SecretboxKeyProvider(QString path);
    [[nodiscard]] Status prepare(bool create) final;
    [[nodiscard]] Result<QByteArray> wrap(const SecretBytes &dataKey) final;
    [[nodiscard]] Result<SecretBytes> unwrap(const QByteArray &wrapped) final;

protected:
    [[nodiscard]] const QString &path() const { return m_path; }
    /** Creates a new device key at path() (which does not exist yet). */
    [[nodiscard]] virtual Status createDeviceKey() = 0;
    [[nodiscard]] virtual Result<SecretBytes> deviceKey() const = 0;

private:
    QString m_path;
};

} // namespace akten::platform
