// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QtHttpServer/QAbstractHttpServer>

class QTcpServer;

namespace akten::sync {

class CentralMetrics;
class CentralStore;

/**
 * akten-central's health and metrics endpoint (`--health-listen`), plain HTTP on a loopback address only (for a
 * local monitoring agent; no TLS, no client identity, so nothing on it may be more than counts):
 * - GET /healthz: 200 "ok" when the store answers a cheap query and its schema is current, else 503 and the reason
 *   (CentralStore::checkHealth);
 * - GET /metrics: CentralMetrics in the Prometheus text format.
 * Anything else is 404 (405 for another method).
 */
class HealthServer final : public QAbstractHttpServer
{
public:
    HealthServer(CentralStore &store, const CentralMetrics &metrics, QObject *parent = nullptr);

    /** Listens on a loopback address:port (hides QAbstractHttpServer::listen); 0 if it cannot or is not loopback. */
    quint16 listen(const QHostAddress &address, quint16 port);
    [[nodiscard]] QTcpServer *listener() const { return m_listener; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    CentralStore &m_store;
    const CentralMetrics &m_metrics;
    QTcpServer *m_listener = nullptr; // child
};

} // namespace akten::sync
