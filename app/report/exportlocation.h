// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QString>

#include <functional>

class QIODevice;

namespace akten::report {

/**
 * Where a copy of a resident's record may be written, in one place: inside one allowed directory (the app's
 * DIR/exports, owner only), never over an existing file, never outside it (a path with `..` or through a symbolic
 * link that leads out is refused), mode 0600. A file is rendered into a temporary file in the same directory, then
 * `beforeCommit` (the audit event) runs, and only then it is linked to its name, which fails if the name was taken
 * meanwhile: nothing partial is ever left and nothing is ever replaced. Messages are English (for logs and the CLI);
 * callers show their own Swedish text. Same thread as its caller; no state besides the directory.
 */
class ExportLocation
{
public:
    /** The allowed directory (created 0700 by prepare() if missing). */
    explicit ExportLocation(QString allowedDir);
    /**
     * An operator's directory (aktenctl --out): any directory the operator names, as long as it is not writable by
     * others (a shared place such as /tmp itself is refused).
     */
    [[nodiscard]] static Result<ExportLocation> forOperator(const QString &outPath);

    [[nodiscard]] QString allowedDir() const { return m_dir; }
    /** Makes the allowed directory (0700) if it is missing; refuses one that others can write to. */
    [[nodiscard]] Status prepare() const;
    /**
     * `path` made absolute (relative to the allowed directory) if it may be written: its parent, with symbolic links
     * resolved, is the allowed directory, the name is a plain file name, and nothing exists under that name (not even
     * a dangling link). Else an InvalidInput (outside, bad name) or Io (exists) error saying why.
     */
    [[nodiscard]] Result<QString> check(const QString &path) const;
    /** A free name in the allowed directory: "<stem>-<stamp>.pdf", then "<stem>-<stamp>-2.pdf" … */
    [[nodiscard]] QString freeName(const QString &stem, const QString &stamp) const;

    using Writer = std::function<Result<int>(QIODevice &out)>;
    using BeforeCommit = std::function<Status(int pages)>;
    /** check(), then writes through `write` (pages) and commits as described above; returns the page count. */
    [[nodiscard]] Result<int> save(const QString &path, const Writer &write, const BeforeCommit &beforeCommit) const;

private:
    QString m_dir; ///< absolute, clean
};

} // namespace akten::report
