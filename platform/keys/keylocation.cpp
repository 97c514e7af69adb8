// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/keys/keylocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace akten::platform {

QString deviceKeyDirectory()
{
    if (const QString configured = qEnvironmentVariable("AKTEN_KEY_DIR"); !configured.isEmpty()) {
        return QDir::cleanPath(QDir(configured).absolutePath());
    }
    if (::geteuid() == 0) {
        return u"/var/lib/akten/keys"_s;
    }
    const QString state = qEnvironmentVariable("XDG_STATE_HOME");
    const QString base = QDir::isAbsolutePath(state) ? state : QDir::homePath() + u"/.local/state"_s;
    return QDir::cleanPath(base + u"/akten/keys"_s);
}

DeviceKeyLocation defaultDeviceKeyLocation(const QString &dataDir)
{
    const QString absolute = QDir::cleanPath(QDir(dataDir).absolutePath());
    if (const QString legacy = absolute + u"/device.key"_s; QFile::exists(legacy)) {
        return { legacy,
            u"a key file inside the data directory (made before keys moved out of it): a copy of the directory opens "
            "the store; move it out and pass --device-key"_s,
            true };
    }
    const QByteArray hash = QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString name = QDir(absolute).dirName().isEmpty() ? u"root"_s : QDir(absolute).dirName();
    return { deviceKeyDirectory() + u'/' + name + u'-' + QString::fromLatin1(hash) + u".key"_s,
        u"outside the data directory, owner-only, so a copy of the data directory alone does not open the store"_s,
        false };
}

} // namespace akten::platform
