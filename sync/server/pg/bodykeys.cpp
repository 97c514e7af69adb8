// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/pg/bodykeys.h"

#include "app/store/keyprovider.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

constexpr std::size_t kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

} // namespace

BodyKeys::BodyKeys(QString dir, store::KeyProvider &keys)
    : m_dir(std::move(dir))
    , m_provider(keys)
{ }

Result<std::unique_ptr<BodyKeys>> BodyKeys::open(const QString &dir, store::KeyProvider &keys)
{
    if (sodium_init() < 0) {
        return Error { ErrorCode::Internal, u"libsodium failed to initialise"_s };
    }
    auto loaded = std::unique_ptr<BodyKeys>(new BodyKeys(dir + u"/body-keys"_s, keys));
    if (auto read = loaded->load(); !read) {
        return read.error();
    }
    if (loaded->m_keys.empty()) {
        if (auto first = loaded->rotate(); !first) {
            return first.error();
        }
    }
    return loaded;
}

Status BodyKeys::load()
{
    const QDir dir(m_dir);
    for (const QString &name : dir.entryList({ u"*.wrapped"_s }, QDir::Files)) {
        bool numbered = false;
        const int id = name.chopped(8).toInt(&numbered);
        if (!numbered || id <= 0 || m_keys.count(id)) {
            continue;
        }
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error { ErrorCode::Io, u"cannot read body key %1"_s.arg(id) };
        }
        auto key = m_provider.unwrap(file.read(4096));
        if (!key) {
            return key.error();
        }
        if (key.value().size() != kKeyBytes) {
            return Error { ErrorCode::Integrity, u"body key %1 has the wrong size"_s.arg(id) };
        }
        m_keys.emplace(id, std::move(key).value());
    }
    return {};
}

Result<int> BodyKeys::rotate()
{
    if (auto read = load(); !read) { // another process may have added one since
        return read.error();
    }
    if (!QDir().mkpath(m_dir)) {
        return Error { ErrorCode::Io, u"cannot create %1"_s.arg(m_dir) };
    }
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const int id = current() + 1;
    auto key = store::SecretBytes::random(kKeyBytes);
    auto wrapped = m_provider.wrap(key);
    if (!wrapped) {
        return wrapped.error();
    }
    const QString path = m_dir + u"/%1.wrapped"_s.arg(id);
    if (QFile::exists(path)) {
        return Error { ErrorCode::Integrity, u"body key %1 exists already"_s.arg(id) };
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(wrapped.value()) != wrapped.value().size() || !file.commit()) {
        return Error { ErrorCode::Io, u"cannot write body key %1"_s.arg(id) };
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_keys.emplace(id, std::move(key));
    return id;
}

Result<BodyKeys::Sealed> BodyKeys::seal(const QString &body, const QString &context) const
{
    if (m_keys.empty()) {
        return Error { ErrorCode::Internal, u"no body key"_s };
    }
    const auto &[id, key] = *m_keys.rbegin();
    const QByteArray plain = body.toUtf8();
    const QByteArray aad = context.toUtf8();
    QByteArray sealed(qsizetype(kNonceBytes) + plain.size() + qsizetype(kTagBytes), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(out + kNonceBytes, &written, bytes(plain), std::size_t(plain.size()),
        bytes(aad), std::size_t(aad.size()), nullptr, out, key.data());
    sealed.truncate(qsizetype(kNonceBytes + written));
    return Sealed { id, QString::fromLatin1(sealed.toBase64()) };
}

Result<QString> BodyKeys::unseal(int keyId, const QString &text, const QString &context)
{
    if (!m_keys.count(keyId)) {
        if (auto read = load(); !read) {
            return read.error();
        }
        if (!m_keys.count(keyId)) {
            return Error { ErrorCode::Integrity, u"body key %1 is not in the central directory"_s.arg(keyId) };
        }
    }
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    const QByteArray *sealed = decoded ? &*decoded : nullptr;
    if (!sealed || sealed->size() < qsizetype(kNonceBytes + kTagBytes)) {
        return Error { ErrorCode::Integrity, u"a sealed body is malformed"_s };
    }
    const QByteArray aad = context.toUtf8();
    QByteArray plain(sealed->size() - qsizetype(kNonceBytes + kTagBytes), Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &length, nullptr,
            bytes(*sealed) + kNonceBytes, std::size_t(sealed->size()) - kNonceBytes, bytes(aad),
            std::size_t(aad.size()), bytes(*sealed), m_keys.at(keyId).data())
        != 0) {
        return Error { ErrorCode::Integrity, u"a sealed body does not open with body key %1"_s.arg(keyId) };
    }
    plain.truncate(qsizetype(length));
    return QString::fromUtf8(plain);
}

} // namespace akten::sync
