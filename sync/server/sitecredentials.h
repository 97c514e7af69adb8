// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/store/secretbytes.h"

#include <QByteArray>
#include <QSslConfiguration>
#include <QStringList>

namespace akten::store {
class KeyProvider;
}

namespace akten::sync {

/**
 * The site's own CA and akten-central's TLS server certificate, in the central directory: ca.crt and server.crt in
 * clear, their private keys only wrapped by the KeyProvider (ca.key.wrapped, server.key.wrapped, mode 0600).
 */
class SiteCredentials
{
public:
    /** Creates the CA and a server certificate for `hosts` (names and IP addresses); refuses to overwrite. */
    [[nodiscard]] static Status create(const QString &dir, store::KeyProvider &keys, const QStringList &hosts);
    [[nodiscard]] static Result<SiteCredentials> load(const QString &dir, store::KeyProvider &keys);

    [[nodiscard]] const QByteArray &caCertificatePem() const { return m_caCertificate; }
    [[nodiscard]] const QByteArray &serverCertificatePem() const { return m_serverCertificate; }
    [[nodiscard]] const store::SecretBytes &serverKeyPem() const { return m_serverKey; }
    /**
     * akten-central's TLS side (TLS 1.2 or later, this server certificate and the CA as its chain, the site CA the
     * only one trusted); with requireDeviceCertificate, a client without a certificate from the site CA fails the
     * handshake (the sync port), otherwise none is asked for (the enrolment port).
     */
    [[nodiscard]] QSslConfiguration serverTls(bool requireDeviceCertificate) const;
    /** A device certificate (CN = device id, clientAuth) for the device's public key. */
    [[nodiscard]] Result<QByteArray> issueDeviceCertificate(const QString &deviceId, const QByteArray &publicPem) const;

private:
    QByteArray m_caCertificate;
    store::SecretBytes m_caKey;
    QByteArray m_serverCertificate;
    store::SecretBytes m_serverKey;
};

} // namespace akten::sync
