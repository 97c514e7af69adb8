// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/testkeyprovider.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace akten::test {

TestKeyProvider::TestKeyProvider()
    : m_deviceKey(store::SecretBytes::random(crypto_secretbox_KEYBYTES))
{ }

Status TestKeyProvider::prepare(bool)
{
    return m_deviceKey.empty() ? Status { Error { ErrorCode::Io, u"test device key destroyed"_s } } : Status {};
}

Result<QByteArray> TestKeyProvider::wrap(const store::SecretBytes &dataKey)
{
    if (m_failWrap) {
        return Error { ErrorCode::KeyStoreUnavailable, QStringLiteral("test key provider told to fail wrapping") };
    }
    QByteArray wrapped(
        crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + static_cast<qsizetype>(dataKey.size()), '\0');
    auto *out = reinterpret_cast<unsigned char *>(wrapped.data());
    randombytes_buf(out, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, dataKey.data(), dataKey.size(), out, m_deviceKey.data());
    return wrapped;
}

Result<store::SecretBytes> TestKeyProvider::unwrap(const QByteArray &wrapped)
{
    constexpr qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (m_failUnwrap || m_deviceKey.empty() || wrapped.size() <= overhead) {
        return Error { ErrorCode::WrongKey, u"test key provider refused to unwrap"_s };
    }
    const auto *in = reinterpret_cast<const unsigned char *>(wrapped.constData());
    store::SecretBytes dataKey(static_cast<std::size_t>(wrapped.size() - overhead));
    if (crypto_secretbox_open_easy(dataKey.data(), in + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(wrapped.size() - crypto_secretbox_NONCEBYTES), in, m_deviceKey.data())
        != 0) {
        return Error { ErrorCode::WrongKey, u"wrapped key does not match the test device key"_s };
    }
    return dataKey;
}

Status TestKeyProvider::destroy()
{
    m_deviceKey = store::SecretBytes();
    return {};
}

QString TestKeyProvider::description() const
{
    return u"in-memory test device key"_s;
}

void TestKeyProvider::rotate()
{
    m_deviceKey = store::SecretBytes::random(crypto_secretbox_KEYBYTES);
}

} // namespace akten::test
