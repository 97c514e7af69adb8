// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QString>
#include <QStringList>

namespace akten::store {

/**
 * Creates the directory `path` with every missing parent: the parents with the usual mode (0755 less the umask),
 * `path` itself 0700, since it holds a store or a key. A directory that exists is left as it is. Refuses (Io) when a
 * component exists but is not a directory, or cannot be made, naming that component and the reason. Returns the
 * directories it made, outermost first, so a caller that fails later can remove exactly those.
 */
[[nodiscard]] Result<QStringList> makePrivateDirectory(const QString &path);

/** The directories on the way to `path` (itself included) that do not exist now, outermost first. */
[[nodiscard]] QStringList missingDirectories(const QString &path);

/** Removes the directories in `dirs` (absolute paths, any order, lists of several trees combined), deepest first,
 *  each only if it is empty. */
void removeEmptyDirectories(QStringList dirs);

} // namespace akten::store
