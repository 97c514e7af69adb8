// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/tls/tlspolicy.h"

#include <QSslCipher>

using namespace Qt::StringLiterals;

namespace akten::sync::tls {

bool allowedCipher(const QSslCipher &cipher)
{
    if (cipher.protocol() == QSsl::TlsV1_3) {
        return true;
    }
    const QString name = cipher.name(); // OpenSSL names, e.g. ECDHE-ECDSA-AES128-GCM-SHA256
    return name.startsWith("ECDHE-"_L1) && (name.contains("-GCM-"_L1) || name.contains("CHACHA20-POLY1305"_L1));
}

void applyTlsPolicy(QSslConfiguration &configuration)
{
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    QList<QSslCipher> ciphers;
    // TLS 1.3 suites first: OpenSSL negotiates 1.3 whenever both sides can, these only order the 1.2 fallback.
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        if (allowedCipher(cipher) && cipher.protocol() == QSsl::TlsV1_3) {
            ciphers.append(cipher);
        }
    }
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers()) {
        if (allowedCipher(cipher) && cipher.protocol() != QSsl::TlsV1_3) {
            ciphers.append(cipher);
        }
    }
    configuration.setCiphers(ciphers);
}

} // namespace akten::sync::tls
