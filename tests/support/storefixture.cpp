// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/storefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace akten::test {

QMap<QString, QByteArray> fileHashes(const QString &dir)
{
    QMap<QString, QByteArray> hashes;
    const QDir directory(dir);
    for (const QString &name : directory.entryList(QDir::Files | QDir::Hidden)) {
        QFile file(directory.filePath(name));
        if (file.open(QIODevice::ReadOnly)) {
            hashes.insert(name, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
        }
    }
    return hashes;
}

bool flipByte(const QString &path, qint64 offset, char mask)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || !file.seek(offset)) {
        return false;
    }
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset)) {
        return false;
    }
    return file.putChar(static_cast<char>(byte ^ mask));
}

} // namespace akten::test
