// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/client/centralclient.h"

#include "app/store/keyprovider.h"
#include "sync/protocol/messages.h"
#include "sync/tls/tlspolicy.h"

#include <QFile>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

QString path(const QString &dataDir, const char *name)
{
    return dataDir + u'/' + QLatin1String(name);
}

Result<QByteArray> readFile(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::NotFound, u"%1 missing: the device is not enrolled (aktenctl enrol)"_s.arg(file) };
    }
    return in.read(1024 * 1024);
}

Status writeFile(const QString &file, const QByteArray &bytes)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        return Error { ErrorCode::Io, u"cannot write %1"_s.arg(file) };
    }
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    return {};
}

void overwriteAndRemove(const QString &file)
{
    QFile target(file);
    if (target.open(QIODevice::ReadWrite)) {
        target.write(QByteArray(target.size(), '\0'));
        target.flush();
        ::fsync(target.handle());
        target.close();
    }
    QFile::remove(file);
}

} // namespace

Result<DeviceCredentials> DeviceCredentials::load(const QString &dataDir, store::KeyProvider &keys)
{
    auto ca = readFile(path(dataDir, "central-ca.crt"));
    auto certificate = readFile(path(dataDir, "device.crt"));
    auto wrapped = readFile(path(dataDir, "device-tls.key.wrapped"));
    for (const auto *read : { &ca, &certificate, &wrapped }) {
        if (!*read) {
            return read->error();
        }
    }
    auto key = keys.unwrap(wrapped.value());
    if (!key) {
        return key.error();
    }
    const QSslKey privateKey(
        QByteArray::fromRawData(reinterpret_cast<const char *>(key.value().data()), qsizetype(key.value().size())),
        QSsl::Ec);
    const QSslCertificate caCertificate(ca.value());
    if (privateKey.isNull() || caCertificate.isNull() || QSslCertificate(certificate.value()).isNull()) {
        return Error { ErrorCode::Integrity, u"the device's TLS credentials are unreadable"_s };
    }
    DeviceCredentials credentials;
    credentials.m_configuration = QSslConfiguration::defaultConfiguration();
    tls::applyTlsPolicy(credentials.m_configuration);
    credentials.m_configuration.setCaCertificates({ caCertificate }); // pinned: not the system store
    credentials.m_configuration.setLocalCertificate(QSslCertificate(certificate.value()));
    credentials.m_configuration.setPrivateKey(privateKey);
    credentials.m_configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return credentials;
}

Status DeviceCredentials::save(const QString &dataDir, store::KeyProvider &keys, const QByteArray &caPem,
    const QByteArray &certificatePem, const store::SecretBytes &privateKeyPem)
{
    auto wrapped = keys.wrap(privateKeyPem);
    if (!wrapped) {
        return wrapped.error();
    }
    for (const auto &[name, bytes] : { std::pair { "device-tls.key.wrapped", wrapped.value() },
             std::pair { "device.crt", certificatePem }, std::pair { "central-ca.crt", caPem } }) {
        if (auto written = writeFile(path(dataDir, name), bytes); !written) {
            return written;
        }
    }
    return {};
}

Status DeviceCredentials::eraseSecrets(const QString &dataDir)
{
    for (const char *name : { "datakey.wrapped", "device-tls.key.wrapped" }) {
        overwriteAndRemove(path(dataDir, name));
    }
    return QFile::exists(path(dataDir, "datakey.wrapped"))
        ? Status { Error { ErrorCode::Io, u"cannot erase the data key"_s } }
        : Status {};
}

QSslConfiguration DeviceCredentials::tlsConfiguration() const
{
    return m_configuration;
}

CentralClient::CentralClient(QSslConfiguration tls, QObject *parent)
    : QObject(parent)
    , m_tls(std::move(tls))
{
    m_network.setStrictTransportSecurityEnabled(true);
}

void CentralClient::post(const QUrl &url, const QByteArray &body, std::function<void(const HttpAnswer &)> done)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(m_timeoutMs);
    send(m_network.post(request, body), std::move(done));
}

void CentralClient::get(const QUrl &url, std::function<void(const HttpAnswer &)> done)
{
    QNetworkRequest request(url);
    request.setSslConfiguration(m_tls);
    request.setTransferTimeout(m_timeoutMs);
    send(m_network.get(request), std::move(done));
}

void CentralClient::send(QNetworkReply *reply, std::function<void(const HttpAnswer &)> done)
{
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxMessageBytes) {
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        reply->deleteLater();
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        // A connection lost in the middle of an answer can still carry a status line: never take a part for the
        // whole. (Errors 1-99 are the network's; 399 a broken HTTP exchange; the others mirror the HTTP status.)
        const int error = int(reply->error());
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if ((error > 0 && error < 100) || reply->error() == QNetworkReply::ProtocolFailure
            || (length.isValid() && length.toLongLong() != answer.body.size())) {
            answer.status = 0;
            answer.body.clear();
        }
        if (answer.status == 0) {
            answer.transportError = reply->url().scheme() != "https"_L1
                ? u"only https:// is allowed"_s
                : u"no answer from %1: %2"_s.arg(reply->url().host(), reply->errorString());
        }
        done(answer);
    });
    if (reply->url().scheme() != "https"_L1) {
        reply->abort(); // plain HTTP is never used; `finished`, connected above, reports it
    }
}

} // namespace akten::sync
