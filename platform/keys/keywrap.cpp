// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/keys/keywrap.h"

#include <QFileInfo>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace akten::platform::keywrap {
namespace {
constexpr unsigned char kFormat = 1;
}

std::size_t deviceKeySize()
{
    return crypto_secretbox_KEYBYTES;
}

QByteArray wrap(const SecretBytes &deviceKey, const SecretBytes &dataKey)
{
    QByteArray wrapped(
        1 + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + static_cast<qsizetype>(dataKey.size()), '\0');
    auto *out = reinterpret_cast<unsigned char *>(wrapped.data());
    out[0] = kFormat;
    randombytes_buf(out + 1, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(
        out + 1 + crypto_secretbox_NONCEBYTES, dataKey.data(), dataKey.size(), out + 1, deviceKey.data());
    return wrapped;
}

Result<SecretBytes> unwrap(const SecretBytes &deviceKey, const QByteArray &wrapped)
{
    constexpr qsizetype overhead = 1 + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    const auto *in = reinterpret_cast<const unsigned char *>(wrapped.constData());
    if (wrapped.size() <= overhead || in[0] != kFormat) {
        return Error { ErrorCode::WrongKey, u"the wrapped data key is malformed"_s };
    }
    SecretBytes dataKey(static_cast<std::size_t>(wrapped.size() - overhead));
    if (crypto_secretbox_open_easy(dataKey.data(), in + 1 + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(wrapped.size() - 1 - crypto_secretbox_NONCEBYTES), in + 1, deviceKey.data())
        != 0) {
        return Error { ErrorCode::WrongKey, u"the data key was not wrapped by this device key, or it was altered"_s };
    }
    return dataKey;
}

} // namespace akten::platform::keywrap

namespace akten::platform {

SecretboxKeyProvider::SecretboxKeyProvider(QString path)
    : m_path(std::move(path))
{ }

Status SecretboxKeyProvider::prepare(bool create)
{
    if (sodium_init() < 0) {
        return Error { ErrorCode::Internal, u"libsodium failed to initialise"_s };
    }
    if (QFileInfo::exists(m_path)) {
        auto key = deviceKey();
        return key ? Status {} : Status { key.error() };
    }
    if (!create) {
        return Error { ErrorCode::Io, u"device key not found: %1"_s.arg(m_path) };
    }
    return createDeviceKey();
}

Result<QByteArray> SecretboxKeyProvider::wrap(const SecretBytes &dataKey)
{
    auto key = deviceKey();
    if (!key) {
        return key.error();
    }
    return keywrap::wrap(key.value(), dataKey);
}

Result<SecretBytes> SecretboxKeyProvider::unwrap(const QByteArray &wrapped)
{
    auto key = deviceKey();
    if (!key) {
        return key.error();
    }
    return keywrap::unwrap(key.value(), wrapped);
}

} // namespace akten::platform
