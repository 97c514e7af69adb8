// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

namespace akten::test {

/** SHA-256 of every file in a directory (name → hash): proves that a failed operation changed nothing on disk. */
[[nodiscard]] QMap<QString, QByteArray> fileHashes(const QString &dir);
/** XORs one byte of a file with `mask`. */
[[nodiscard]] bool flipByte(const QString &path, qint64 offset, char mask = 0x01);

} // namespace akten::test
