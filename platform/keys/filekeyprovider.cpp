// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/keys/filekeyprovider.h"

#include "app/store/privatedirectory.h"
#include "platform/keys/keywrap.h"

#include <QDir>
#include <QFileInfo>

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace akten::platform {
namespace {

const std::size_t kDeviceKeySize = keywrap::deviceKeySize();

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
    : SecretboxKeyProvider(std::move(deviceKeyPath))
{ }

std::unique_ptr<KeyProvider> FileKeyProvider::at(const QString &path)
{
    return std::make_unique<FileKeyProvider>(path);
}

Status FileKeyProvider::createDeviceKey()
{
    const QString dir = QFileInfo(path()).absolutePath();
    if (auto made = store::makePrivateDirectory(dir); !made) {
        return made.error();
    }
    const int fd = ::open(QFile::encodeName(path()).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error { ErrorCode::Io, u"cannot create device key file %1"_s.arg(path()) };
    }
    const SecretBytes key = SecretBytes::random(kDeviceKeySize);
    const bool written = writeAll(fd, key.data(), key.size());
    ::close(fd);
    if (!written) {
        ::unlink(QFile::encodeName(path()).constData());
        return Error { ErrorCode::Io, u"cannot write device key file %1"_s.arg(path()) };
    }
    return {};
}

Result<SecretBytes> FileKeyProvider::deviceKey() const
{
    struct stat info
    { };
    const QByteArray encoded = QFile::encodeName(path());
    if (::stat(encoded.constData(), &info) != 0) {
        return Error { ErrorCode::Io, u"device key file not found: %1"_s.arg(path()) };
    }
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0) {
        return Error { ErrorCode::Io,
            u"device key file %1 is accessible by others (mode %2); chmod 600 it"_s.arg(path()).arg(
                info.st_mode & 0777, 4, 8, QLatin1Char('0')) };
    }
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return Error { ErrorCode::Io, u"cannot read device key file %1"_s.arg(path()) };
    }
    SecretBytes key(kDeviceKeySize);
    const bool ok = readAll(fd, key.data(), key.size());
    ::close(fd);
    if (!ok) {
        return Error { ErrorCode::WrongKey, u"device key file %1 is not a 32-byte key"_s.arg(path()) };
    }
    return key;
}

Status FileKeyProvider::destroy()
{
    const QByteArray encoded = QFile::encodeName(path());
    const int fd = ::open(encoded.constData(), O_WRONLY | O_CLOEXEC);
    if (fd >= 0) {
        const SecretBytes zeros(kDeviceKeySize);
        writeAll(fd, zeros.data(), zeros.size());
        ::close(fd);
    }
    if (::unlink(encoded.constData()) != 0 && QFileInfo::exists(path())) {
        return Error { ErrorCode::Io, u"cannot remove device key file %1"_s.arg(path()) };
    }
    return {};
}

QString FileKeyProvider::description() const
{
    return u"device key file %1"_s.arg(path());
}

} // namespace akten::platform
