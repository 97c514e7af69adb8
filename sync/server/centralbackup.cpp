// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/centralbackup.h"

#include "app/store/database.h"
#include "app/store/keyprovider.h"
#include "app/store/onlinecopy.h"
#include "sync/server/backuparchive.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

/** The central directory's files a backup carries besides the store: certificates and wrapped keys, nothing else. */
QList<BackupArchive::Part> directoryParts(const QString &dir)
{
    QList<BackupArchive::Part> parts;
    const QStringList patterns { u"*.crt"_s, u"*.wrapped"_s };
    for (const QString &name : QDir(dir).entryList(patterns, QDir::Files, QDir::Name)) {
        parts.append({ name, dir + u'/' + name, 0, {} });
    }
    for (const QString &name : QDir(dir + u"/body-keys"_s).entryList({ u"*.wrapped"_s }, QDir::Files, QDir::Name)) {
        parts.append({ u"body-keys/"_s + name, dir + u"/body-keys/"_s + name, 0, {} });
    }
    return parts;
}

Result<store::SecretBytes> dataKey(const QString &dir, store::KeyProvider &keys)
{
    QFile file(dir + u"/datakey.wrapped"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::NotFound, u"cannot read %1"_s.arg(file.fileName()) };
    }
    if (auto prepared = keys.prepare(false); !prepared) {
        return prepared.error();
    }
    auto key = keys.unwrap(file.read(4096));
    if (!key && key.error().code == ErrorCode::WrongKey) {
        return Error { ErrorCode::WrongKey, u"the central key does not open this store's data key"_s };
    }
    return key;
}

/** The store's copy: both connections keyed with the same data key, so the pages stay encrypted. */
Status copyStore(const QString &from, const QString &to, const store::SecretBytes &key)
{
    auto source = store::Database::openEncrypted(from, key, store::Database::Mode::OpenExisting);
    if (!source) {
        return source.error();
    }
    auto copy = store::Database::openEncrypted(to, key, store::Database::Mode::CreateIfMissing);
    if (!copy) {
        return copy.error();
    }
    return store::copyOnline(source.value(), copy.value());
}

} // namespace

Result<BackupWritten> backUpCentral(const QString &dir, store::KeyProvider &keys, bool postgres, const QString &out)
{
    if (QFileInfo::exists(out)) {
        return Error { ErrorCode::InvalidInput, u"%1 exists; give a new file"_s.arg(out) };
    }
    if (!QFile::exists(dir + u"/ca.crt"_s)) {
        return Error { ErrorCode::NotFound, u"no central store in %1 (run akten-central init)"_s.arg(dir) };
    }
    QList<BackupArchive::Part> parts = directoryParts(dir);
    BackupWritten written;
    // The store's copy lies beside the output (encrypted, 0700 directory) until it is in the backup.
    QTemporaryDir work(QFileInfo(out).absolutePath() + u"/.akten-backup-XXXXXX"_s);
    if (!work.isValid()) {
        return Error { ErrorCode::Io, u"cannot create a directory beside %1"_s.arg(out) };
    }
    if (!postgres) {
        auto key = dataKey(dir, keys);
        if (!key) {
            return key.error();
        }
        QElapsedTimer timer;
        timer.start();
        if (auto copied = copyStore(dir + u"/central.db"_s, work.filePath(u"central.db"_s), key.value()); !copied) {
            return copied.error();
        }
        written.copyMs = timer.elapsed();
        written.storeBytes = QFileInfo(work.filePath(u"central.db"_s)).size();
        parts.append({ u"central.db"_s, work.filePath(u"central.db"_s), 0, {} });
    }
    auto size = BackupArchive::write(out, postgres ? u"postgres"_s : u"embedded"_s, parts);
    if (!size) {
        return size.error();
    }
    written.bytes = size.value();
    return written;
}

} // namespace akten::sync
