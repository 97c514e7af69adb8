// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/privatedirectory.h"

#include <QDir>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

/** `path` made absolute and clean, then every prefix of it: "/a", "/a/b", "/a/b/c". */
QStringList prefixes(const QString &path)
{
    const QString clean = QDir::cleanPath(QDir(path).absolutePath());
    QStringList out;
    qsizetype at = 0;
    while ((at = clean.indexOf(u'/', at + 1)) > 0) {
        out.append(clean.left(at));
    }
    if (clean != "/"_L1) {
        out.append(clean);
    }
    return out;
}

enum class Kind { Missing, Directory, Other };

Kind kindOf(const QString &path)
{
    struct stat info
    { };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return Kind::Missing;
    }
    return S_ISDIR(info.st_mode) ? Kind::Directory : Kind::Other;
}

} // namespace

Result<QStringList> makePrivateDirectory(const QString &path)
{
    const QStringList steps = prefixes(path);
    QStringList made;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString &step = steps.at(i);
        Kind kind = kindOf(step);
        if (kind == Kind::Missing) {
            const mode_t mode = i + 1 == steps.size() ? 0700 : 0755;
            if (::mkdir(QFile::encodeName(step).constData(), mode) == 0) {
                made.append(step);
                continue;
            }
            const int reason = errno;
            kind = kindOf(step); // another process may have made it meanwhile
            if (kind == Kind::Missing) {
                removeEmptyDirectories(made);
                return Error { ErrorCode::Io,
                    u"cannot create directory %1: cannot create %2: %3"_s.arg(
                        path, step, QString::fromLocal8Bit(std::strerror(reason))) };
            }
        }
        if (kind == Kind::Other) {
            removeEmptyDirectories(made);
            return Error { ErrorCode::Io,
                u"cannot create directory %1: %2 exists and is not a directory"_s.arg(path, step) };
        }
    }
    return made;
}

QStringList missingDirectories(const QString &path)
{
    QStringList missing;
    for (const QString &step : prefixes(path)) {
        if (!missing.isEmpty() || kindOf(step) == Kind::Missing) {
            missing.append(step);
        }
    }
    return missing;
}

void removeEmptyDirectories(QStringList dirs)
{
    // Deepest first (a longer path of the same tree is deeper), so that lists of several trees can be combined.
    std::sort(dirs.begin(), dirs.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &dir : std::as_const(dirs)) {
        ::rmdir(QFile::encodeName(dir).constData()); // fails, harmlessly, on a directory that is not empty
    }
}

} // namespace akten::store
