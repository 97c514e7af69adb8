// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/devicekeys.h"

#include "app/store/filekeyprovider.h"
#include "app/store/tpmkeyprovider.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace akten::store {

QString resolveTpm(const QString &setting)
{
    if (setting == "off"_L1 || setting.isEmpty()) {
        return {};
    }
    if (setting == "auto"_L1) {
        return ::access("/dev/tpmrm0", R_OK | W_OK) == 0 ? u"device:/dev/tpmrm0"_s : QString();
    }
    return setting;
}

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

std::unique_ptr<KeyProvider> deviceKeyProvider(const QString &path, const QString &tpm, const QList<int> &pcrs)
{
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly)) {
        if (existing.peek(TpmKeyProvider::kFormatLine.size()) == TpmKeyProvider::kFormatLine) {
            return std::make_unique<TpmKeyProvider>(QString(), path);
        }
        return std::make_unique<FileKeyProvider>(path);
    }
    if (const QString tcti = resolveTpm(tpm); !tcti.isEmpty() && !QFile::exists(path)) {
        return std::make_unique<TpmKeyProvider>(tcti, path, pcrs);
    }
    return std::make_unique<FileKeyProvider>(path);
}

} // namespace akten::store
