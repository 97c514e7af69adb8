// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "sync/server/centralmetrics.h"
#include "sync/server/centralstore.h"
#include "sync/server/enrolmentthrottle.h"
#include "sync/server/guardedtlsserver.h"
#include "sync/server/sitecredentials.h"

#include <QtHttpServer/QAbstractHttpServer>

namespace akten::sync {

/**
 * akten-central's HTTPS endpoints (sync/PROTOCOL.md). Two listeners, two instances:
 * - Sync: mutual TLS. The handshake fails without a client certificate from the site CA; the device id is the
 *   certificate's common name, and a message naming another device is refused (403). POST /v1/upload, /v1/download.
 * - Enrolment: TLS without client certificate. GET /v1/ca; POST /v1/enrol with a one-time code and the device's
 *   public key, answered with its certificate once the code is redeemed (the CA signs nothing before); every refusal
 *   of a code or device id is the same 403, and attempts are limited per peer address (429).
 * Plain HTTP gets no answer on either (the TLS handshake fails). Each listens through a GuardedTlsServer with its
 * role's ConnectionLimits: a request too large for its endpoint is refused from its head, before its body is read.
 */
class CentralHttpServer final : public QAbstractHttpServer
{
public:
    enum class Role { Sync, Enrolment };
    CentralHttpServer(Role role, CentralStore &store, const SiteCredentials &credentials, QObject *parent = nullptr);
    CentralHttpServer(Role role, CentralStore &store, const SiteCredentials &credentials,
        const ConnectionLimits &limits, QObject *parent = nullptr);

    /** The limits akten-central uses for a role: sync takes kMaxMessageBytes, enrolment 64 KiB from fewer clients. */
    [[nodiscard]] static ConnectionLimits defaultLimits(Role role);

    /** Listens on address:port through a GuardedTlsServer (hides QAbstractHttpServer::listen); 0 if it cannot. */
    quint16 listen(const QHostAddress &address, quint16 port);
    /** The listener of listen(), null before; for a graceful stop (GuardedTlsServer::drain). */
    [[nodiscard]] GuardedTlsServer *listener() const { return m_listener; }
    /** Counts requests, records and refused handshakes into `metrics` (set before listen(); it outlives this). */
    void setMetrics(CentralMetrics *metrics) { m_metrics = metrics; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };
    [[nodiscard]] Answer sync(const QString &path, const QString &deviceId, const QByteArray &body);
    [[nodiscard]] Answer enrol(const QByteArray &body, const QHostAddress &peer);

    Role m_role;
    ConnectionLimits m_limits;
    CentralStore &m_store;
    const SiteCredentials &m_credentials;
    EnrolmentThrottle m_enrolThrottle;
    GuardedTlsServer *m_listener = nullptr; // child
    CentralMetrics *m_metrics = nullptr;
};

} // namespace akten::sync
