// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SqliteLedger's health check for akten-central's /healthz.
#include "sync/server/sqliteledger.h"

#include "app/store/migrator.h"

#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace akten::sync {

quint64 SqliteLedger::fileInode(const QString &path)
{
    struct stat info
    { };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? quint64(info.st_ino) : 0;
}

Status SqliteLedger::checkHealth()
{
    // SQLite keeps reading and writing through its open descriptor: a file deleted, replaced or made unreadable under
    // the server would go unnoticed until the next start (and what was written meanwhile would be lost with it).
    const QString path = m_db.path();
    const quint64 inode = fileInode(path);
    if (inode == 0) {
        return Error { ErrorCode::Io, u"the store file %1 is gone"_s.arg(path) };
    }
    if (inode != m_inode) {
        return Error { ErrorCode::Io, u"the store file %1 was replaced while the server had it open"_s.arg(path) };
    }
    if (::access(QFile::encodeName(path).constData(), R_OK | W_OK) != 0) {
        return Error { ErrorCode::Io, u"the store file %1 is not readable and writable"_s.arg(path) };
    }
    auto version = scalar(u"PRAGMA user_version"_s, {});
    if (!version) {
        return Error { ErrorCode::Io, u"the store does not answer: %1"_s.arg(version.error().message) };
    }
    const int current = version.value().value_or(QVariant(0)).toInt();
    const int latest = store::Migrator::fromResources(u":/akten/central/migrations"_s).latestVersion();
    if (current != latest) {
        return Error { ErrorCode::SchemaTooNew,
            u"the store's schema is version %1, this akten-central's is %2"_s.arg(current).arg(latest) };
    }
    return {};
}

} // namespace akten::sync
