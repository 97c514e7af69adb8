// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/keys/devicekeys.h"

#include "platform/keys/filekeyprovider.h"
#include "platform/keys/tpmkeyprovider.h"

#include <QFile>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace akten::platform {

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

std::unique_ptr<store::KeyProvider> deviceKeyProvider(const QString &path, const QString &tpm, const QList<int> &pcrs)
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

} // namespace akten::platform
