// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// GuardedTlsServer's graceful stop (akten-central on SIGTERM, GracefulStop).
#include "sync/server/guardedtlsserver.h"

#include <QSslSocket>
#include <QTimer>

namespace akten::sync {

void GuardedTlsServer::drain()
{
    if (m_draining) {
        return;
    }
    m_draining = true;
    close();
    m_handshakes->dropAll();
    if (m_open == 0) {
        QTimer::singleShot(0, this, &GuardedTlsServer::drained);
        return;
    }
    for (QSslSocket *socket : m_lastActive.keys()) {
        // Connected after the HTTP server's own slots: by the time these run, a request that has just arrived whole
        // has been handled and its answer written.
        connect(socket, &QSslSocket::readyRead, this, [this, socket] { closeIfBetweenRequests(socket); });
        connect(socket, &QSslSocket::bytesWritten, this, [this, socket] { closeIfBetweenRequests(socket); });
        closeIfBetweenRequests(socket);
    }
}

void GuardedTlsServer::closeIfBetweenRequests(QSslSocket *socket)
{
    if (socket->state() != QAbstractSocket::ConnectedState || socket->isTransactionStarted()
        || socket->bytesAvailable() > 0) {
        return;
    }
    socket->disconnectFromHost(); // sends what is still to be written (an answer) first
}

int GuardedTlsServer::abortAll()
{
    int cut = 0;
    for (QSslSocket *socket : m_lastActive.keys()) {
        cut += socket->isTransactionStarted() || socket->bytesAvailable() > 0 ? 1 : 0;
        socket->abort();
    }
    return cut;
}

} // namespace akten::sync
