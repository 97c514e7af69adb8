// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/auth/pinhasher.h"

#include <sodium.h>

#include <array>

using namespace Qt::StringLiterals;

namespace akten::auth {

Result<QString> PinHasher::hash(const QString &pin)
{
    if (sodium_init() < 0) {
        return Error { ErrorCode::Internal, u"libsodium failed to initialise"_s };
    }
    QByteArray utf8 = pin.toUtf8();
    std::array<char, crypto_pwhash_STRBYTES> out {};
    const int rc = crypto_pwhash_str(out.data(), utf8.constData(), static_cast<unsigned long long>(utf8.size()),
        crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (rc != 0) {
        return Error { ErrorCode::Internal, u"cannot compute the PIN verifier (out of memory)"_s };
    }
    return QString::fromLatin1(out.data());
}

bool PinHasher::verify(const QString &pin, const QString &verifier)
{
    if (sodium_init() < 0) {
        return false;
    }
    QByteArray utf8 = pin.toUtf8();
    const QByteArray stored = verifier.toLatin1();
    const bool ok
        = crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

} // namespace akten::auth
