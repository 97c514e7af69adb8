// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/centralhttpserver.h"

#include "sync/protocol/messages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcCentral, "akten.central")

namespace akten::sync {
namespace {

constexpr qsizetype kMaxEnrolmentBytes = 64 * 1024;

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
    return listener->serverPort();
}

bool CentralHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
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
        answer = enrol(request.body());
    }
    qCInfo(lcCentral).noquote() << request.method() << path << answer.status;
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
        const auto response = m_store.download(request);
        return response ? Answer { 200, encode(response.value()) }
                        : Answer { statusFor(response.error()), errorBody(response.error().message) };
    }
    return { 404, errorBody(u"no such endpoint"_s) };
}

CentralHttpServer::Answer CentralHttpServer::enrol(const QByteArray &body)
{
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
    // Issue first (checks the key), then redeem: a bad key does not use up the code.
    auto certificate
        = m_credentials.issueDeviceCertificate(deviceId, message.value("public_key"_L1).toString().toLatin1());
    if (!certificate) {
        return { 400, errorBody(certificate.error().message) };
    }
    if (auto redeemed = m_store.redeemEnrolmentCode(message.value("code"_L1).toString(), deviceId); !redeemed) {
        return { statusFor(redeemed.error()), errorBody(redeemed.error().message) };
    }
    return { 200,
        QJsonDocument(QJsonObject { { u"protocol"_s, kProtocolVersion },
                          { u"certificate"_s, QString::fromLatin1(certificate.value()) },
                          { u"ca"_s, QString::fromLatin1(m_credentials.caCertificatePem()) } })
            .toJson(QJsonDocument::Compact) };
}

} // namespace akten::sync
