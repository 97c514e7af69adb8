// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/client/enrolment.h"

#include "sync/protocol/messages.h"
#include "sync/tls/certificates.h"
#include "sync/tls/tlspolicy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace akten::sync {

Enrolment::Enrolment(QString dataDir, QString deviceId, store::KeyProvider &keys, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_deviceId(std::move(deviceId))
    , m_keys(keys)
{ }

void Enrolment::done(const Status &result)
{
    Q_EMIT finished(result);
}

void Enrolment::start(const QUrl &enrolmentUrl, const QString &code, const QString &caSha256)
{
    m_url = enrolmentUrl;
    m_code = code;
    if (enrolmentUrl.scheme() != "https"_L1) {
        done(Error { ErrorCode::InvalidInput, u"the enrolment address must be https://"_s });
        return;
    }
    // The CA is not known yet: this one request is not verified; the fingerprint check below is what trusts it.
    QSslConfiguration unverified = QSslConfiguration::defaultConfiguration();
    unverified.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls::applyTlsPolicy(unverified);
    m_client = std::make_unique<CentralClient>(unverified);
    const QString expected = caSha256.toLower().remove(u':');
    m_client->get(m_url.resolved(QUrl(u"/v1/ca"_s)), [this, expected](const HttpAnswer &answer) {
        if (answer.status != 200) {
            done(Error { ErrorCode::Io,
                answer.status ? u"enrolment endpoint answered %1"_s.arg(answer.status) : answer.transportError });
            return;
        }
        const QByteArray ca = QJsonDocument::fromJson(answer.body).object().value("ca"_L1).toString().toLatin1();
        if (tls::fingerprint(ca) != expected || expected.isEmpty()) {
            done(Error { ErrorCode::Forbidden, u"the central store's CA does not have the expected fingerprint"_s });
            return;
        }
        sendCode(ca);
    });
}

void Enrolment::sendCode(const QByteArray &caPem)
{
    auto keyPair = tls::generateKeyPair();
    if (!keyPair) {
        done(keyPair.error());
        return;
    }
    QSslConfiguration pinned = QSslConfiguration::defaultConfiguration();
    tls::applyTlsPolicy(pinned);
    pinned.setCaCertificates({ QSslCertificate(caPem) });
    pinned.setPeerVerifyMode(QSslSocket::VerifyPeer);
    m_client = std::make_unique<CentralClient>(pinned);
    const QByteArray body = QJsonDocument(
        QJsonObject { { u"protocol"_s, kProtocolVersion }, { u"code"_s, m_code }, { u"device"_s, m_deviceId },
            { u"public_key"_s, QString::fromLatin1(keyPair.value().publicPem) } })
                                .toJson(QJsonDocument::Compact);
    auto shared = std::make_shared<tls::KeyPair>(std::move(keyPair).value());
    m_client->post(m_url.resolved(QUrl(u"/v1/enrol"_s)), body, [this, caPem, shared](const HttpAnswer &answer) {
        const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
        if (answer.status != 200) {
            done(Error { answer.status == 403 ? ErrorCode::Forbidden : ErrorCode::Io,
                answer.status
                    ? u"enrolment refused (%1): %2"_s.arg(answer.status).arg(reply.value("error"_L1).toString())
                    : answer.transportError });
            return;
        }
        const QByteArray certificatePem = reply.value("certificate"_L1).toString().toLatin1();
        const QSslCertificate certificate(certificatePem);
        if (certificate.isNull() || certificate.subjectInfo(QSslCertificate::CommonName).value(0) != m_deviceId
            || certificate.publicKey().toPem()
                != QSslKey(shared->publicPem, QSsl::Ec, QSsl::Pem, QSsl::PublicKey).toPem()) {
            done(Error { ErrorCode::Integrity, u"the certificate from the central store is not for this device"_s });
            return;
        }
        done(DeviceCredentials::save(m_dataDir, m_keys, caPem, certificatePem, shared->privatePem));
    });
}

} // namespace akten::sync
