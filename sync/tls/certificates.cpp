// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/tls/certificates.h"

#include <QCryptographicHash>
#include <QSslCertificate>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace akten::sync::tls {
namespace {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Pkey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;

Error openSslError(const QString &what)
{
    const unsigned long code = ERR_get_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    ERR_clear_error();
    return Error { ErrorCode::Internal, u"%1: %2"_s.arg(what, QString::fromLatin1(text)) };
}

QByteArray drain(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, size);
}

Pkey readPrivate(const store::SecretBytes &pem)
{
    Bio bio(BIO_new_mem_buf(pem.data(), int(pem.size())));
    return Pkey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Pkey readPublic(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return Pkey(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

X509Ptr readCertificate(const QByteArray &pem)
{
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

bool addExtension(X509 *certificate, X509 *issuer, int nid, const QString &value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value.toLatin1().constData()));
    return extension && X509_add_ext(certificate, extension.get(), -1) == 1;
}

bool addExtensions(X509 *certificate, X509 *issuer, const CertificateSpec &spec)
{
    bool ok = addExtension(certificate, issuer, NID_subject_key_identifier, u"hash"_s)
        && addExtension(certificate, issuer, NID_authority_key_identifier, u"keyid:always"_s);
    switch (spec.use) {
    case CertificateUse::SiteCa:
        return ok && addExtension(certificate, issuer, NID_basic_constraints, u"critical,CA:TRUE,pathlen:0"_s)
            && addExtension(certificate, issuer, NID_key_usage, u"critical,keyCertSign,cRLSign"_s);
    case CertificateUse::Server: {
        QStringList names;
        for (const QString &dns : spec.dnsNames) {
            names << u"DNS:"_s + dns;
        }
        for (const QString &ip : spec.ipAddresses) {
            names << u"IP:"_s + ip;
        }
        ok = ok && addExtension(certificate, issuer, NID_basic_constraints, u"critical,CA:FALSE"_s)
            && addExtension(certificate, issuer, NID_key_usage, u"critical,digitalSignature"_s)
            && addExtension(certificate, issuer, NID_ext_key_usage, u"serverAuth"_s);
        return ok && (names.isEmpty() || addExtension(certificate, issuer, NID_subject_alt_name, names.join(u',')));
    }
    case CertificateUse::Device:
        return ok && addExtension(certificate, issuer, NID_basic_constraints, u"critical,CA:FALSE"_s)
            && addExtension(certificate, issuer, NID_key_usage, u"critical,digitalSignature"_s)
            && addExtension(certificate, issuer, NID_ext_key_usage, u"clientAuth"_s);
    }
    return false;
}

} // namespace

Result<KeyPair> generateKeyPair()
{
    Pkey key(EVP_EC_gen("P-256"));
    Bio privateBio(BIO_new(BIO_s_mem()));
    Bio publicBio(BIO_new(BIO_s_mem()));
    if (!key || !privateBio || !publicBio
        || PEM_write_bio_PrivateKey(privateBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1
        || PEM_write_bio_PUBKEY(publicBio.get(), key.get()) != 1) {
        return openSslError(u"key generation failed"_s);
    }
    char *data = nullptr;
    const long size = BIO_get_mem_data(privateBio.get(), &data);
    KeyPair pair { store::SecretBytes(reinterpret_cast<const unsigned char *>(data), std::size_t(size)),
        drain(publicBio.get()) };
    OPENSSL_cleanse(data, std::size_t(size));
    return pair;
}

Result<QByteArray> issueCertificate(const CertificateSpec &spec, const QByteArray &subjectPublicPem,
    const QByteArray &issuerCertPem, const store::SecretBytes &issuerPrivatePem)
{
    const Pkey subjectKey = readPublic(subjectPublicPem);
    if (!subjectKey) {
        return Error { ErrorCode::InvalidInput, u"the public key is not a PEM public key"_s };
    }
    const Pkey issuerKey = readPrivate(issuerPrivatePem);
    if (!issuerKey) {
        return Error { ErrorCode::InvalidInput, u"the issuer key is not a PEM private key"_s };
    }
    const bool selfSigned = spec.use == CertificateUse::SiteCa;
    X509Ptr issuer = selfSigned ? nullptr : readCertificate(issuerCertPem);
    if (!selfSigned && !issuer) {
        return Error { ErrorCode::InvalidInput, u"the issuer certificate is not PEM"_s };
    }
    X509Ptr certificate(X509_new());
    Bignum serial(BN_new());
    if (!certificate || !serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1
        || !BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get()))
        || X509_set_version(certificate.get(), 2) != 1
        || !X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -3600)
        || !X509_gmtime_adj(X509_getm_notAfter(certificate.get()), qint64(spec.validDays) * 24 * 3600)
        || X509_set_pubkey(certificate.get(), subjectKey.get()) != 1) {
        return openSslError(u"cannot build the certificate"_s);
    }
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray commonName = spec.commonName.toUtf8();
    if (X509_NAME_add_entry_by_txt(
            name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Akten"), -1, -1, 0)
            != 1
        || X509_NAME_add_entry_by_txt(
               name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(commonName.constData()), -1, -1, 0)
            != 1
        || X509_set_issuer_name(certificate.get(), selfSigned ? name : X509_get_subject_name(issuer.get())) != 1
        || !addExtensions(certificate.get(), selfSigned ? certificate.get() : issuer.get(), spec)
        || X509_sign(certificate.get(), issuerKey.get(), EVP_sha256()) <= 0) {
        return openSslError(u"cannot sign the certificate"_s);
    }
    Bio out(BIO_new(BIO_s_mem()));
    if (!out || PEM_write_bio_X509(out.get(), certificate.get()) != 1) {
        return openSslError(u"cannot encode the certificate"_s);
    }
    return drain(out.get());
}

QString fingerprint(const QByteArray &certificatePem)
{
    const QSslCertificate certificate(certificatePem, QSsl::Pem);
    return certificate.isNull() ? QString()
                                : QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex());
}

} // namespace akten::sync::tls
