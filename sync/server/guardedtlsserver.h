// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "sync/server/handshakegate.h"

#include <QByteArrayView>
#include <QHash>
#include <QSslServer>

#include <chrono>

namespace akten::sync {

/** What one listener lets a connection cost before the HTTP server sees a request. */
struct ConnectionLimits
{
    qsizetype maxBodyBytes = 0; // a larger Content-Length is answered 413 before its body
    qsizetype maxHeadBytes = 16 * 1024; // request line and headers; more is answered 431
    std::chrono::milliseconds idleTimeout { 60'000 }; // nothing received or sent: the connection is closed
    std::chrono::milliseconds requestDeadline { 300'000 }; // from a request's first byte to its last
    int maxConnections = 128; // open at once after their handshake; at the cap the longest idle one makes room
    HandshakeLimits handshake; // before and during the TLS handshake
};

/** A request head as far as it has arrived: complete or not, and what the guard must answer instead of the server. */
struct RequestHead
{
    bool complete = false;
    int refusal = 0; // 0: pass it on; else the HTTP status to answer with
    QString reason; // English, for the answer and the log
    qsizetype contentLength = 0;
    qsizetype headBytes = 0; // the head's size, its blank line included
};

/** Reads the head at the start of data (no body is looked at). Pure, for the guard and its tests. */
[[nodiscard]] RequestHead inspectRequestHead(QByteArrayView data, const ConnectionLimits &limits);

/**
 * The TLS listener under akten-central's HTTP server. QAbstractHttpServer (Qt 6.4) buffers a whole request before
 * handing it over and has no size or time limits, and the enrolment port takes anyone who completes a handshake. This
 * listener gives every connection a read buffer the size of the largest request, follows each request's head as it
 * arrives and answers one that asks for too much (413, 431, 411 for a body without a length) before its body is
 * read, answers 408 to a request that takes too long, closes connections that go quiet, and at its maximum closes the
 * connection idle the longest (at least a second) to take a new one: idle clients cannot keep a real one out.
 * The HTTP server is bound to it (bind()) and connects to a socket after the guard, so the guard sees data first.
 * Following a head split across reads relies on the HTTP server reading every byte available while in the head
 * (Qt 6.4's parser does; guardedtlsservertest sends split heads).
 * Before a request there is the handshake: the listener starts it itself and keeps it under a HandshakeGate (deadline,
 * caps overall and per peer address, the oldest dropped), so accepting never stops; an accept that fails for want of
 * file descriptors drops the oldest handshake and accepting resumes (QTcpServer would pause for good).
 */
class GuardedTlsServer final : public QSslServer
{
    Q_OBJECT

public:
    GuardedTlsServer(const QSslConfiguration &tls, const ConnectionLimits &limits, QObject *parent = nullptr);

    QTcpSocket *nextPendingConnection() override;
    [[nodiscard]] int openConnections() const { return m_open; }
    [[nodiscard]] const HandshakeGate &handshakes() const { return *m_handshakes; }

    /**
     * A graceful stop: stops listening, drops unfinished handshakes, closes the connections between requests and each
     * other one once the request it is receiving has been answered (the answer is sent first); drained() when none is
     * left. A request cut short later (abortAll()) was never applied: each request is one transaction.
     */
    void drain();
    /** Closes every connection now (the stop timeout has passed); returns how many were in the middle of a request. */
    int abortAll();

Q_SIGNALS:
    void drained();

protected:
    /** Starts the handshake itself (not QSslServer's, which stops accepting at 30 unfinished ones) under the gate. */
    void incomingConnection(qintptr handle) override;

private:
    void guard(QSslSocket *socket);
    /** Closes the connection idle the longest if it has been idle for a second at least; false if none has. */
    bool dropLongestIdle();
    void resumeAfterAcceptError(QAbstractSocket::SocketError error);
    /** While draining: closes the connection if no request is being received or handled on it. */
    void closeIfBetweenRequests(QSslSocket *socket);

    ConnectionLimits m_limits;
    HandshakeGate *m_handshakes = nullptr; // child
    int m_open = 0;
    bool m_draining = false;
    QHash<QSslSocket *, qint64> m_lastActive; // open connections and when they last received or sent (monotonic ms)
};

} // namespace akten::sync
