// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/centralhttpserver.h"

#include "app/core/ids.h"
#include "sync/protocol/messages.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslKey>
#include <QSslSocket>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCentral, "akten.central")

namespace akten::sync {
namespace {

constexpr qsizetype kMaxEnrolmentBytes = 64 * 1024;
// Enrolment attempts per peer address: 10 at once, then one more every 30 s.
constexpr int kEnrolBurst = 10;
constexpr std::chrono::seconds kEnrolRefill { 30 };

QByteArray errorBody(const QString &message)
{
    return QJsonDocument(QJsonObject { { u"error"_s, message } }).toJson(QJsonDocument::Compact);
}

int statusFor(const Error &error)
{
    switch (error.code) {
    case ErrorCode::Forbidden:
        return error.message == QLatin1String(kDeviceRevoked) ? 410 : 403; // 410: the device erases its keys
    case ErrorCode::InvalidInput:
        return 409; // an upload that starts after a gap
    default:
        return 500;
    }
}

} // namespace

CentralHttpServer::CentralHttpServer(
    Role role, CentralStore &store, const SiteCredentials &credentials, QObject *parent)
    : CentralHttpServer(role, store, credentials, defaultLimits(role), parent)
{ }

CentralHttpServer::CentralHttpServer(
    Role role, CentralStore &store, const SiteCredentials &credentials, const ConnectionLimits &limits, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_role(role)
    , m_limits(limits)
    , m_store(store)
    , m_credentials(credentials)
    , m_enrolThrottle(kEnrolBurst, kEnrolRefill)
{ }

ConnectionLimits CentralHttpServer::defaultLimits(Role role)
{
    ConnectionLimits limits;
    if (role == Role::Sync) {
        limits.maxBodyBytes = kMaxMessageBytes;
        limits.maxConnections = 256;
        limits.handshake.maxInHandshake = 128;
        limits.handshake.maxPerPeer = 32;
    } else {
        limits.maxBodyBytes = kMaxEnrolmentBytes;
        limits.idleTimeout = std::chrono::seconds(30);
        limits.requestDeadline = std::chrono::seconds(60);
        limits.maxConnections = 32;
        limits.handshake.maxInHandshake = 64;
        limits.handshake.maxPerPeer = 16;
    }
    return limits;
}

quint16 CentralHttpServer::listen(const QHostAddress &address, quint16 port)
{
    auto *listener = new GuardedTlsServer(m_credentials.serverTls(m_role == Role::Sync), m_limits, this);
    if (!listener->listen(address, port)) {
        qCCritical(lcCentral).noquote() << "cannot listen:" << listener->errorString();
        delete listener;
        return 0;
    }
    bind(listener);
    m_listener = listener;
    if (m_metrics) {
        connect(&listener->handshakes(), &HandshakeGate::refused, this,
            [metrics = m_metrics] { metrics->handshakeRefused(); });
        m_metrics->watchConnections(m_role == Role::Sync ? u"sync"_s : u"enrolment"_s,
            [listener = QPointer(listener)] { return listener ? listener->openConnections() : 0; });
    }
    return listener->serverPort();
}

bool CentralHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer took;
    took.start();
    auto *tlsSocket = qobject_cast<QSslSocket *>(socket);
    const QString path = request.url().path();
    Answer answer { 404, errorBody(u"no such endpoint"_s) };
    if (!tlsSocket || !tlsSocket->isEncrypted()) {
        answer = { 403, errorBody(u"TLS required"_s) };
    } else if (m_role == Role::Sync) {
        const QSslCertificate peer = tlsSocket->peerCertificate();
        const QString deviceId = peer.isNull() ? QString() : peer.subjectInfo(QSslCertificate::CommonName).value(0);
        if (deviceId.isEmpty()) {
            answer = { 403, errorBody(u"a device certificate is required"_s) };
        } else if (request.method() != QHttpServerRequest::Method::Post) {
            answer = { 405, errorBody(u"use POST"_s) };
        } else {
            answer = sync(path, deviceId, request.body());
        }
    } else if (path == "/v1/ca"_L1 && request.method() == QHttpServerRequest::Method::Get) {
        answer = { 200,
            QJsonDocument(QJsonObject { { u"protocol"_s, kProtocolVersion },
                              { u"ca"_s, QString::fromLatin1(m_credentials.caCertificatePem()) } })
                .toJson(QJsonDocument::Compact) };
    } else if (path == "/v1/enrol"_L1 && request.method() == QHttpServerRequest::Method::Post) {
        answer = enrol(request.body(), socket->peerAddress());
    }
    qCInfo(lcCentral).noquote() << request.method() << path << answer.status;
    if (m_metrics) {
        using Endpoint = CentralMetrics::Endpoint;
        const Endpoint endpoint = path == "/v1/upload"_L1 ? Endpoint::Upload
            : path == "/v1/download"_L1                   ? Endpoint::Download
            : path == "/v1/enrol"_L1                      ? Endpoint::Enrol
            : path == "/v1/ca"_L1                         ? Endpoint::Ca
                                                          : Endpoint::Other;
        if (endpoint == Endpoint::Enrol && m_role == Role::Enrolment) {
            m_metrics->enrolment(answer.status == 200);
        }
        m_metrics->answered(endpoint, answer.status, std::chrono::nanoseconds(took.nsecsElapsed()));
    }
    makeResponder(request, socket)
        .write(answer.body, "application/json", static_cast<QHttpServerResponder::StatusCode>(answer.status));
    return true;
}

void CentralHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write(errorBody(u"no such endpoint"_s), "application/json", QHttpServerResponder::StatusCode::NotFound);
}

CentralHttpServer::Answer CentralHttpServer::sync(const QString &path, const QString &deviceId, const QByteArray &body)
{
    if (path == "/v1/upload"_L1) {
        const auto decoded = decodeUploadRequest(body);
        if (const auto *bad = std::get_if<DecodeError>(&decoded)) {
            return { bad->httpStatus, errorBody(bad->message) };
        }
        const auto &request = std::get<UploadRequest>(decoded);
        if (request.deviceId != deviceId) {
            return { 403, errorBody(u"the message names another device than its certificate"_s) };
        }
        const auto response = m_store.applyUpload(request);
        if (response && m_metrics) {
            int counts[3] = {};
            for (const ItemResult &result : response.value().results) {
                ++counts[int(result.status)];
            }
            m_metrics->uploadApplied(counts[int(ItemStatus::Accepted)], counts[int(ItemStatus::Duplicate)],
                counts[int(ItemStatus::Rejected)]);
        }
        return response ? Answer { 200, encode(response.value()) }
                        : Answer { statusFor(response.error()), errorBody(response.error().message) };
    }
    if (path == "/v1/download"_L1) {
        const auto decoded = decodeDownloadRequest(body);
        if (const auto *bad = std::get_if<DecodeError>(&decoded)) {
            return { bad->httpStatus, errorBody(bad->message) };
        }
        const auto &request = std::get<DownloadRequest>(decoded);
        if (request.deviceId != deviceId) {
            return { 403, errorBody(u"the message names another device than its certificate"_s) };
        }
        const auto response = m_store.downloadStored(request); // records written into the answer as stored
        if (response && m_metrics) {
            m_metrics->downloaded(int(response.value().items.size()));
        }
        return response ? Answer { 200, encode(response.value()) }
                        : Answer { statusFor(response.error()), errorBody(response.error().message) };
    }
    return { 404, errorBody(u"no such endpoint"_s) };
}

CentralHttpServer::Answer CentralHttpServer::enrol(const QByteArray &body, const QHostAddress &peer)
{
    if (!m_enrolThrottle.allow(peer)) {
        qCWarning(lcCentral).noquote() << "enrolment attempts over the limit from" << peer.toString();
        return { 429, errorBody(u"too many enrolment attempts from this address; try again later"_s) };
    }
    if (body.size() > kMaxEnrolmentBytes) {
        return { 413, errorBody(u"enrolment request too large"_s) };
    }
    QJsonParseError parseError;
    const QJsonObject message = QJsonDocument::fromJson(body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || QStringList(message.keys()) != QStringList { u"code"_s, u"device"_s, u"protocol"_s, u"public_key"_s }
        || message.value("protocol"_L1).toInt() != kProtocolVersion) {
        return { 400, errorBody(u"expected {protocol, code, device, public_key}"_s) };
    }
    const QString deviceId = message.value("device"_L1).toString();
    const QByteArray publicKey = message.value("public_key"_L1).toString().toLatin1();
    // What the request says about itself is checked first (nothing known to the store is revealed by it)...
    const QSslKey key(publicKey, QSsl::Ec, QSsl::Pem, QSsl::PublicKey);
    if (core::idFromString(deviceId).isNull() || key.isNull() || key.length() != 256) {
        return { 400, errorBody(u"expected a device id and an EC P-256 public key (PEM)"_s) };
    }
    // ...then the code, before the CA signs anything. An unknown, used or expired code and a device id already
    // enrolled or revoked get one and the same answer, so the port tells nobody which devices or codes exist.
    if (auto redeemed = m_store.redeemEnrolmentCode(message.value("code"_L1).toString(), deviceId); !redeemed) {
        if (redeemed.error().code != ErrorCode::Forbidden) {
            return { 500, errorBody(u"enrolment failed"_s) };
        }
        return { 403,
            errorBody(u"enrolment refused: the code is unknown, used or expired, or the device id is taken"_s) };
    }
    auto certificate = m_credentials.issueDeviceCertificate(deviceId, publicKey);
    if (!certificate) { // the key passed the check above: this is the server's fault, the code is spent
        qCCritical(lcCentral).noquote() << "could not issue a device certificate:" << certificate.error().message;
        return { 500, errorBody(u"enrolment failed"_s) };
    }
    qCInfo(lcCentral).noquote() << "issued a device certificate for" << deviceId;
    return { 200,
        QJsonDocument(QJsonObject { { u"protocol"_s, kProtocolVersion },
                          { u"certificate"_s, QString::fromLatin1(certificate.value()) },
                          { u"ca"_s, QString::fromLatin1(m_credentials.caCertificatePem()) } })
            .toJson(QJsonDocument::Compact) };
}

} // namespace akten::sync
