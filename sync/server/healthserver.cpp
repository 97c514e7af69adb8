// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/healthserver.h"

#include "sync/server/centralmetrics.h"
#include "sync/server/centralstore.h"

#include <QLoggingCategory>
#include <QTcpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCentral)

namespace akten::sync {

HealthServer::HealthServer(CentralStore &store, const CentralMetrics &metrics, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_store(store)
    , m_metrics(metrics)
{ }

quint16 HealthServer::listen(const QHostAddress &address, quint16 port)
{
    if (!address.isLoopback()) {
        qCCritical(lcCentral).noquote() << "the health endpoint listens on loopback only, not" << address.toString();
        return 0;
    }
    auto *listener = new QTcpServer(this);
    if (!listener->listen(address, port)) {
        qCCritical(lcCentral).noquote() << "cannot listen:" << listener->errorString();
        delete listener;
        return 0;
    }
    bind(listener);
    m_listener = listener;
    return listener->serverPort();
}

bool HealthServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    using Status = QHttpServerResponder::StatusCode;
    const QString path = request.url().path();
    auto responder = makeResponder(request, socket);
    if (path != "/healthz"_L1 && path != "/metrics"_L1) {
        responder.write("no such endpoint\n", "text/plain", Status::NotFound);
    } else if (request.method() != QHttpServerRequest::Method::Get) {
        responder.write("use GET\n", "text/plain", Status::MethodNotAllowed);
    } else if (path == "/metrics"_L1) {
        responder.write(m_metrics.exposition(), "text/plain; version=0.0.4; charset=utf-8", Status::Ok);
    } else if (auto healthy = m_store.checkHealth(); healthy) {
        responder.write("ok\n", "text/plain", Status::Ok);
    } else {
        qCWarning(lcCentral).noquote() << "health check failed:" << healthy.error().message;
        responder.write(healthy.error().message.toUtf8() + '\n', "text/plain", Status::ServiceUnavailable);
    }
    return true;
}

void HealthServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket)
        .write("no such endpoint\n", "text/plain", QHttpServerResponder::StatusCode::NotFound);
}

} // namespace akten::sync
