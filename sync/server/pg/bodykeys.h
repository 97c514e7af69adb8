// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/store/secretbytes.h"

#include <QString>

#include <map>
#include <memory>

namespace akten::store {
class KeyProvider;
}

namespace akten::sync {

/**
 * The keys that encrypt record bodies in PostgreSQL (XChaCha20-Poly1305, libsodium), so the database and its backups
 * hold no personal data in clear. Random 256-bit keys, numbered 1, 2, …, each kept in DIR/body-keys/N.wrapped,
 * wrapped by the central key (DIR/central.key, the KeyProvider, as the TLS keys are), never in the database. The
 * highest number seals new rows, and the row keeps that number (body_key); every key stays to open older rows. A
 * number not loaded yet (another akten-central process rotated since this one started) is looked for once in DIR.
 * Rotation (README, "akten-central"): rotate() adds the next key. Not thread-safe: one per ledger; the
 * KeyProvider must outlive it.
 */
class BodyKeys
{
public:
    /** Loads DIR's body keys, making key 1 if there is none. */
    [[nodiscard]] static Result<std::unique_ptr<BodyKeys>> open(const QString &dir, store::KeyProvider &keys);

    /** Adds the next key, which seals every row from now on; returns its number. */
    [[nodiscard]] Result<int> rotate();
    [[nodiscard]] int current() const { return m_keys.empty() ? 0 : m_keys.rbegin()->first; }

    struct Sealed
    {
        int keyId = 0;
        QString text; ///< base64 of nonce and ciphertext
    };
    /** Encrypts `body` with the current key; `context` (kind and key) is authenticated with it. */
    [[nodiscard]] Result<Sealed> seal(const QString &body, const QString &context) const;
    /** Decrypts what seal() made; an Integrity error if the key, the context or a byte is wrong. */
    [[nodiscard]] Result<QString> unseal(int keyId, const QString &text, const QString &context);

private:
    BodyKeys(QString dir, store::KeyProvider &keys);
    [[nodiscard]] Status load();

    QString m_dir;
    store::KeyProvider &m_provider;
    std::map<int, store::SecretBytes> m_keys;
};

} // namespace akten::sync
