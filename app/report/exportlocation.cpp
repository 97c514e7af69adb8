// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/exportlocation.h"

#include "app/store/privatedirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace akten::report {
namespace {

/** Whether anything (a file, a directory, a link even if it dangles) has this name. */
bool taken(const QString &path)
{
    struct stat st
    { };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

/** Why others could write into `dir` (group or world writable), or empty. */
QString sharedWhy(const QString &dir)
{
    struct stat st
    { };
    if (::stat(QFile::encodeName(dir).constData(), &st) != 0) {
        return u"%1 does not exist"_s.arg(dir);
    }
    if (!S_ISDIR(st.st_mode)) {
        return u"%1 is not a directory"_s.arg(dir);
    }
    if ((st.st_mode & (S_IWGRP | S_IWOTH)) != 0) {
        return u"%1 can be written by others; copies of records go only to a private directory"_s.arg(dir);
    }
    return {};
}

} // namespace

ExportLocation::ExportLocation(QString allowedDir)
    : m_dir(QDir::cleanPath(QDir(allowedDir).absolutePath()))
{ }

Result<ExportLocation> ExportLocation::forOperator(const QString &outPath)
{
    const QString dir = QFileInfo(QDir::cleanPath(QDir(QDir::currentPath()).absoluteFilePath(outPath))).absolutePath();
    if (QString why = sharedWhy(dir); !why.isEmpty()) {
        return Error { ErrorCode::InvalidInput, why };
    }
    return ExportLocation(dir);
}

Status ExportLocation::prepare() const
{
    if (auto made = store::makePrivateDirectory(m_dir); !made) {
        return made.error();
    }
    if (QString why = sharedWhy(m_dir); !why.isEmpty()) {
        return Error { ErrorCode::InvalidInput, why };
    }
    return {};
}

Result<QString> ExportLocation::check(const QString &path) const
{
    const QString absolute = QDir::cleanPath(QDir(m_dir).absoluteFilePath(path));
    const QFileInfo info(absolute);
    const QString name = info.fileName();
    if (name.isEmpty() || name == "."_L1 || name == ".."_L1 || name.startsWith(u'.')) {
        return Error { ErrorCode::InvalidInput, u"%1 is not a file name for a copy"_s.arg(path) };
    }
    const QString parent = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString allowed = QFileInfo(m_dir).canonicalFilePath();
    if (allowed.isEmpty() || parent != allowed) {
        return Error { ErrorCode::InvalidInput, u"%1 is outside the export directory %2"_s.arg(path, m_dir) };
    }
    const QString target = allowed + u'/' + name;
    if (taken(target)) {
        return Error { ErrorCode::Io, u"%1 exists; a copy never replaces a file"_s.arg(target) };
    }
    return target;
}

QString ExportLocation::freeName(const QString &stem, const QString &stamp) const
{
    QString name = u"%1-%2.pdf"_s.arg(stem, stamp);
    for (int n = 2; taken(m_dir + u'/' + name); ++n) {
        name = u"%1-%2-%3.pdf"_s.arg(stem, stamp).arg(n);
    }
    return m_dir + u'/' + name;
}

Result<int> ExportLocation::save(const QString &path, const Writer &write, const BeforeCommit &beforeCommit) const
{
    auto target = check(path);
    if (!target) {
        return target.error();
    }
    // Created 0600 with O_EXCL next to the target (the same file system, so the link below cannot copy); removed by
    // its destructor on every path, so only the linked name outlives this function.
    QTemporaryFile temporary(QFileInfo(target.value()).absolutePath() + u"/.akten-export-XXXXXX.part"_s);
    if (!temporary.open()) {
        return Error { ErrorCode::Io, u"cannot write in %1: %2"_s.arg(m_dir, temporary.errorString()) };
    }
    temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto pages = write(temporary);
    if (!pages) {
        return pages.error();
    }
    if (!temporary.flush() || ::fsync(temporary.handle()) != 0) {
        return Error { ErrorCode::Io, u"cannot write %1: %2"_s.arg(target.value(), temporary.errorString()) };
    }
    if (auto audited = beforeCommit(pages.value()); !audited) {
        return audited.error();
    }
    // link(2) never replaces: a name taken since check() makes it fail, and the temporary file goes.
    if (::link(QFile::encodeName(temporary.fileName()).constData(), QFile::encodeName(target.value()).constData())
        != 0) {
        const int err = errno;
        return Error { ErrorCode::Io,
            err == EEXIST ? u"%1 exists; a copy never replaces a file"_s.arg(target.value())
                          : u"cannot write %1: %2"_s.arg(target.value(), QString::fromLocal8Bit(std::strerror(err))) };
    }
    return pages.value();
}

} // namespace akten::report
