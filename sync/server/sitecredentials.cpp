// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/sitecredentials.h"

#include "app/store/keyprovider.h"
#include "sync/tls/certificates.h"
#include "sync/tls/tlspolicy.h"

#include <QFile>
#include <QHostAddress>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error { ErrorCode::Io, u"cannot write %1"_s.arg(path) };
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

Result<QByteArray> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::Io, u"cannot read %1 (run akten-central init first)"_s.arg(path) };
    }
    return file.read(1024 * 1024);
}

} // namespace

Status SiteCredentials::create(const QString &dir, store::KeyProvider &keys, const QStringList &hosts)
{
    if (QFile::exists(dir + u"/ca.crt"_s)) {
        return Error { ErrorCode::InvalidInput, u"%1 already has a site CA"_s.arg(dir) };
    }
    auto caKey = tls::generateKeyPair();
    auto serverKey = tls::generateKeyPair();
    if (!caKey || !serverKey) {
        return caKey ? serverKey.error() : caKey.error();
    }
    auto ca = tls::issueCertificate({ tls::CertificateUse::SiteCa, u"Akten site CA"_s, {}, {}, 3650 },
        caKey.value().publicPem, {}, caKey.value().privatePem);
    if (!ca) {
        return ca.error();
    }
    tls::CertificateSpec serverSpec { tls::CertificateUse::Server, hosts.value(0, u"akten-central"_s), {}, {}, 825 };
    for (const QString &host : hosts) {
        (QHostAddress(host).isNull() ? serverSpec.dnsNames : serverSpec.ipAddresses) << host;
    }
    auto server = tls::issueCertificate(serverSpec, serverKey.value().publicPem, ca.value(), caKey.value().privatePem);
    if (!server) {
        return server.error();
    }
    auto wrappedCa = keys.wrap(caKey.value().privatePem);
    auto wrappedServer = keys.wrap(serverKey.value().privatePem);
    if (!wrappedCa || !wrappedServer) {
        return wrappedCa ? wrappedServer.error() : wrappedCa.error();
    }
    for (const auto &[name, bytes] :
        { std::pair { u"ca.key.wrapped"_s, wrappedCa.value() },
            std::pair { u"server.key.wrapped"_s, wrappedServer.value() }, std::pair { u"server.crt"_s, server.value() },
            std::pair { u"ca.crt"_s, ca.value() } }) { // ca.crt last: its presence means the set is complete
        if (auto written = writeFile(dir + u'/' + name, bytes); !written) {
            return written;
        }
    }
    return {};
}

Result<SiteCredentials> SiteCredentials::load(const QString &dir, store::KeyProvider &keys)
{
    SiteCredentials credentials;
    auto ca = readFile(dir + u"/ca.crt"_s);
    auto server = readFile(dir + u"/server.crt"_s);
    auto caKey = readFile(dir + u"/ca.key.wrapped"_s);
    auto serverKey = readFile(dir + u"/server.key.wrapped"_s);
    for (const auto *read : { &ca, &server, &caKey, &serverKey }) {
        if (!*read) {
            return read->error();
        }
    }
    auto caKeyPem = keys.unwrap(caKey.value());
    auto serverKeyPem = keys.unwrap(serverKey.value());
    if (!caKeyPem || !serverKeyPem) {
        return caKeyPem ? serverKeyPem.error() : caKeyPem.error();
    }
    credentials.m_caCertificate = ca.value();
    credentials.m_serverCertificate = server.value();
    credentials.m_caKey = std::move(caKeyPem).value();
    credentials.m_serverKey = std::move(serverKeyPem).value();
    return credentials;
}

Result<QByteArray> SiteCredentials::issueDeviceCertificate(const QString &deviceId, const QByteArray &publicPem) const
{
    return tls::issueCertificate(
        { tls::CertificateUse::Device, deviceId, {}, {}, 825 }, publicPem, m_caCertificate, m_caKey);
}

QSslConfiguration SiteCredentials::serverTls(bool requireDeviceCertificate) const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    tls::applyTlsPolicy(configuration);
    configuration.setLocalCertificateChain({ QSslCertificate(m_serverCertificate), QSslCertificate(m_caCertificate) });
    configuration.setPrivateKey(QSslKey(
        QByteArray::fromRawData(reinterpret_cast<const char *>(m_serverKey.data()), qsizetype(m_serverKey.size())),
        QSsl::Ec));
    configuration.setCaCertificates({ QSslCertificate(m_caCertificate) });
    configuration.setPeerVerifyMode(requireDeviceCertificate ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
    return configuration;
}

} // namespace akten::sync
