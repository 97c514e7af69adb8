// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/backuparchive.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

constexpr char kMagic[] = "akten-central-backup 1\n";
constexpr qint64 kMaxManifestBytes = 1024 * 1024;
constexpr qint64 kChunk = 1024 * 1024;

/** Copies `size` bytes from `in` to `out` (or only hashes them when `out` is null); the hex SHA-256, or empty. */
QByteArray pump(QFile &in, qint64 size, QFile *out)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    while (size > 0) {
        const QByteArray chunk = in.read(std::min(size, kChunk));
        if (chunk.isEmpty() || (out && out->write(chunk) != chunk.size())) {
            return {};
        }
        hash.addData(chunk);
        size -= chunk.size();
    }
    return hash.result().toHex();
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

bool BackupArchive::validName(const QString &name)
{
    const QStringList segments = name.split(u'/');
    if (segments.size() > 2 || (segments.size() == 2 && segments.constFirst() != "body-keys"_L1)) {
        return false;
    }
    const QString &file = segments.constLast();
    return !file.isEmpty() && !file.startsWith(u'.') && !file.contains(u'\\') && file.size() <= 128;
}

Result<qint64> BackupArchive::write(const QString &out, const QString &store, QList<Part> parts)
{
    QJsonArray manifestParts;
    for (Part &part : parts) {
        QFile in(part.source);
        if (!in.open(QIODevice::ReadOnly)) {
            return Error { ErrorCode::Io, u"cannot read %1"_s.arg(part.source) };
        }
        part.size = in.size();
        part.sha256Hex = pump(in, part.size, nullptr);
        if (part.sha256Hex.isEmpty()) {
            return Error { ErrorCode::Io, u"cannot read %1"_s.arg(part.source) };
        }
        manifestParts.append(QJsonObject {
            { u"name"_s, part.name }, { u"size"_s, part.size }, { u"sha256"_s, QString::fromLatin1(part.sha256Hex) } });
    }
    const QJsonObject manifest { { u"created_ms"_s, QDateTime::currentMSecsSinceEpoch() }, { u"store"_s, store },
        { u"parts"_s, manifestParts } };
    // QTemporaryFile creates the file owner-only (0600) before a byte is written.
    const QFileInfo target(out);
    QTemporaryFile temp(target.absolutePath() + u"/."_s + target.fileName() + u".XXXXXX"_s);
    if (!temp.open()) {
        return Error { ErrorCode::Io, u"cannot create a file in %1"_s.arg(target.absolutePath()) };
    }
    temp.write(kMagic);
    temp.write(QJsonDocument(manifest).toJson(QJsonDocument::Compact) + '\n');
    for (const Part &part : std::as_const(parts)) {
        QFile in(part.source);
        // Read again: a part that changed since it was hashed (nothing should write them) makes no backup.
        if (!in.open(QIODevice::ReadOnly) || in.size() != part.size || pump(in, part.size, &temp) != part.sha256Hex) {
            return Error { ErrorCode::Io, u"%1 changed while it was backed up"_s.arg(part.source) };
        }
    }
    if (!temp.flush() || ::fsync(temp.handle()) != 0) {
        return Error { ErrorCode::Io, u"cannot write %1"_s.arg(out) };
    }
    const qint64 size = temp.size();
    // link() never replaces: an existing file (made since the command checked) stays as it was.
    if (::link(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(out).constData()) != 0) {
        return Error { ErrorCode::Io,
            errno == EEXIST ? u"%1 exists; give a new file"_s.arg(out) : u"cannot write %1"_s.arg(out) };
    }
    syncDirectory(target.absolutePath());
    return size;
}

Result<BackupArchive> BackupArchive::verify(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::NotFound, u"cannot read %1"_s.arg(file) };
    }
    if (in.readLine(64) != QByteArray(kMagic)) {
        return Error { ErrorCode::InvalidInput, u"%1 is not an akten-central backup"_s.arg(file) };
    }
    const QByteArray line = in.readLine(kMaxManifestBytes);
    const QJsonObject manifest = QJsonDocument::fromJson(line).object();
    BackupArchive archive;
    archive.m_file = file;
    archive.m_store = manifest.value("store"_L1).toString();
    archive.m_dataStart = in.pos();
    const QJsonArray parts = manifest.value("parts"_L1).toArray();
    if (!line.endsWith('\n') || parts.isEmpty()
        || (archive.m_store != "embedded"_L1 && archive.m_store != "postgres"_L1)) {
        return Error { ErrorCode::InvalidInput, u"the backup's manifest is damaged"_s };
    }
    qint64 total = archive.m_dataStart;
    for (const QJsonValue &value : parts) {
        const QJsonObject object = value.toObject();
        Part part { object.value("name"_L1).toString(), {}, object.value("size"_L1).toInteger(-1),
            object.value("sha256"_L1).toString().toLatin1() };
        if (!validName(part.name) || part.size < 0 || part.sha256Hex.size() != 64) {
            return Error { ErrorCode::InvalidInput, u"the backup's manifest is damaged"_s };
        }
        total += part.size;
        archive.m_parts.append(part);
    }
    if (in.size() != total) {
        return Error { ErrorCode::Integrity,
            u"the backup is %1 (%2 bytes, the manifest says %3)"_s
                .arg(in.size() < total ? u"truncated"_s : u"longer than its manifest"_s)
                .arg(in.size())
                .arg(total) };
    }
    for (const Part &part : std::as_const(archive.m_parts)) {
        if (pump(in, part.size, nullptr) != part.sha256Hex) {
            return Error { ErrorCode::Integrity,
                u"the backup is corrupt: %1 does not match its SHA-256"_s.arg(part.name) };
        }
    }
    return archive;
}

Status BackupArchive::extract(const QString &dir) const
{
    QFile in(m_file);
    if (!in.open(QIODevice::ReadOnly) || !in.seek(m_dataStart)) {
        return Error { ErrorCode::Io, u"cannot read %1"_s.arg(m_file) };
    }
    for (const Part &part : m_parts) {
        const QString path = dir + u'/' + part.name;
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            return Error { ErrorCode::Io, u"cannot create %1"_s.arg(QFileInfo(path).absolutePath()) };
        }
        QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !out.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            return Error { ErrorCode::Io, u"cannot write %1"_s.arg(path) };
        }
        if (pump(in, part.size, &out) != part.sha256Hex) { // changed since verify()
            return Error { ErrorCode::Integrity,
                u"the backup is corrupt: %1 does not match its SHA-256"_s.arg(part.name) };
        }
        if (!out.flush() || ::fsync(out.handle()) != 0) {
            return Error { ErrorCode::Io, u"cannot write %1"_s.arg(path) };
        }
    }
    syncDirectory(dir);
    return {};
}

} // namespace akten::sync
