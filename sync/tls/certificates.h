// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/store/secretbytes.h"

#include <QByteArray>
#include <QStringList>

namespace akten::sync::tls {

/** An EC P-256 key pair: the private key as PEM (secret, wiped on destruction) and the public key as PEM. */
struct KeyPair
{
    store::SecretBytes privatePem;
    QByteArray publicPem;
};
[[nodiscard]] Result<KeyPair> generateKeyPair();

/** What a certificate is for: the site CA, akten-central's TLS server, or a device (TLS client). */
enum class CertificateUse { SiteCa, Server, Device };

struct CertificateSpec
{
    CertificateUse use = CertificateUse::Device;
    QString commonName;
    QStringList dnsNames; ///< Server only: names in subjectAltName
    QStringList ipAddresses; ///< Server only
    int validDays = 825;
};

/**
 * Issues an X.509 v3 certificate (SHA-256, random 128-bit serial) for `subjectPublicPem`, signed by the issuer's key;
 * a SiteCa certificate is self-signed (issuerCertPem empty, the issuer key is the subject's). Returns PEM.
 */
[[nodiscard]] Result<QByteArray> issueCertificate(const CertificateSpec &spec, const QByteArray &subjectPublicPem,
    const QByteArray &issuerCertPem, const store::SecretBytes &issuerPrivatePem);

/** SHA-256 of the certificate's DER as lower-case hex (what operators compare and tablets pin at enrolment). */
[[nodiscard]] QString fingerprint(const QByteArray &certificatePem);

} // namespace akten::sync::tls
