// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "store/filekeyprovider.h"

#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

constexpr unsigned char kFormat = 1;
constexpr std::size_t kDeviceKeySize = crypto_secretbox_KEYBYTES;

/** Reads exactly `size` bytes from a file descriptor. */
bool readAll(int fd, unsigned char *out, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::read(fd, out + done, size - done);
        if (n <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    unsigned char extra = 0;
    return ::read(fd, &extra, 1) == 0; // and nothing more
}

bool writeAll(int fd, const unsigned char *data, std::size_t size)
{
    std::size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(fd, data + done, size - done);
        if (n <= 0) {
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return ::fsync(fd) == 0;
}

} // namespace

FileKeyProvider::FileKeyProvider(QString deviceKeyPath)
    : m_path(std::move(deviceKeyPath))
{ }

Status FileKeyProvider::prepare(bool create)
{
    if (sodium_init() < 0) {
        return Error { ErrorCode::Internal, u"libsodium failed to initialise"_s };
    }
    if (QFileInfo::exists(m_path)) {
        auto key = loadDeviceKey();
        return key ? Status {} : Status { key.error() };
    }
    if (!create) {
        return Error { ErrorCode::Io, u"device key file not found: %1"_s.arg(m_path) };
    }
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(dir) && ::mkdir(QFile::encodeName(dir).constData(), 0700) != 0) {
        return Error { ErrorCode::Io, u"cannot create directory %1"_s.arg(dir) };
    }
    const int fd = ::open(QFile::encodeName(m_path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error { ErrorCode::Io, u"cannot create device key file %1"_s.arg(m_path) };
    }
    const SecretBytes key = SecretBytes::random(kDeviceKeySize);
    const bool written = writeAll(fd, key.data(), key.size());
    ::close(fd);
    if (!written) {
        ::unlink(QFile::encodeName(m_path).constData());
        return Error { ErrorCode::Io, u"cannot write device key file %1"_s.arg(m_path) };
    }
    return {};
}

Result<SecretBytes> FileKeyProvider::loadDeviceKey() const
{
    struct stat info
    { };
    const QByteArray path = QFile::encodeName(m_path);
    if (::stat(path.constData(), &info) != 0) {
        return Error { ErrorCode::Io, u"device key file not found: %1"_s.arg(m_path) };
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return Error { ErrorCode::Io,
            u"device key file %1 is accessible by others (mode %2); chmod 600 it"_s.arg(m_path).arg(
                info.st_mode & 0777, 4, 8, QLatin1Char('0')) };
    }
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return Error { ErrorCode::Io, u"cannot read device key file %1"_s.arg(m_path) };
    }
    SecretBytes key(kDeviceKeySize);
    const bool ok = readAll(fd, key.data(), key.size());
    ::close(fd);
    if (!ok) {
        return Error { ErrorCode::WrongKey, u"device key file %1 is not a 32-byte key"_s.arg(m_path) };
    }
    return key;
}

Result<QByteArray> FileKeyProvider::wrap(const SecretBytes &dataKey)
{
    auto deviceKey = loadDeviceKey();
    if (!deviceKey) {
        return deviceKey.error();
    }
    QByteArray wrapped(
        1 + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + static_cast<qsizetype>(dataKey.size()), '\0');
    auto *out = reinterpret_cast<unsigned char *>(wrapped.data());
    out[0] = kFormat;
    randombytes_buf(out + 1, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(
        out + 1 + crypto_secretbox_NONCEBYTES, dataKey.data(), dataKey.size(), out + 1, deviceKey.value().data());
    return wrapped;
}

Result<SecretBytes> FileKeyProvider::unwrap(const QByteArray &wrapped)
{
    auto deviceKey = loadDeviceKey();
    if (!deviceKey) {
        return deviceKey.error();
    }
    constexpr qsizetype overhead = 1 + crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    const auto *in = reinterpret_cast<const unsigned char *>(wrapped.constData());
    if (wrapped.size() <= overhead || in[0] != kFormat) {
        return Error { ErrorCode::WrongKey, u"the wrapped data key is malformed"_s };
    }
    SecretBytes dataKey(static_cast<std::size_t>(wrapped.size() - overhead));
    if (crypto_secretbox_open_easy(dataKey.data(), in + 1 + crypto_secretbox_NONCEBYTES,
            static_cast<unsigned long long>(wrapped.size() - 1 - crypto_secretbox_NONCEBYTES), in + 1,
            deviceKey.value().data())
        != 0) {
        return Error { ErrorCode::WrongKey, u"the data key was not wrapped by this device key, or it was altered"_s };
    }
    return dataKey;
}

Status FileKeyProvider::destroy()
{
    const QByteArray path = QFile::encodeName(m_path);
    const int fd = ::open(path.constData(), O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        const SecretBytes zeros(kDeviceKeySize);
        writeAll(fd, zeros.data(), zeros.size());
        ::close(fd);
    }
    if (::unlink(path.constData()) != 0 && QFileInfo::exists(m_path)) {
        return Error { ErrorCode::Io, u"cannot remove device key file %1"_s.arg(m_path) };
    }
    return {};
}

QString FileKeyProvider::description() const
{
    return u"device key file %1"_s.arg(m_path);
}

} // namespace akten::store
