// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "platform/keys/keywrap.h"

#include <memory>

namespace akten::platform {

/**
 * Device key in a file readable only by its owner (mode 0600, parent directory 0700; refuses a key file that group or
 * others can access). Wrapping is XSalsa20-Poly1305 (libsodium crypto_secretbox) with a random 24-byte nonce. For
 * production the file lives outside the data directory (platform::defaultDeviceKeyLocation, README "Data directory and
 * keys").
 */
class FileKeyProvider final : public SecretboxKeyProvider
{
public:
    explicit FileKeyProvider(QString deviceKeyPath);
    /** The provider of the key file at `path`, as a KeyProvider (for sync::CentralLocation's factory). */
    [[nodiscard]] static std::unique_ptr<KeyProvider> at(const QString &path);
    [[nodiscard]] Status destroy() override;
    [[nodiscard]] QString description() const override;

private:
    [[nodiscard]] Status createDeviceKey() override;
    [[nodiscard]] Result<SecretBytes> deviceKey() const override;
};

} // namespace akten::platform
