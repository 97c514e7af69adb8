// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/guardedtlsserver.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConnections, "akten.central.connections")

namespace akten::sync {
namespace {

constexpr QByteArrayView kHeadEnd = "\r\n\r\n";
constexpr std::chrono::milliseconds kLingerAfterRefusal { 1'000 };
constexpr qint64 kDrainedTimesTheLimit = 4; // a body up to 4x the limit is read and dropped before the 413

RequestHead refused(int status, const QString &reason)
{
    return { true, status, reason, 0, 0 };
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 431:
        return "Request Header Fields Too Large";
    default:
        return "Error";
    }
}

void answer(QSslSocket *socket, int status, const QString &reason)
{
    const QByteArray body = QJsonDocument(QJsonObject { { u"error"_s, reason } }).toJson(QJsonDocument::Compact);
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body);
    QTimer::singleShot(kLingerAfterRefusal, socket, [socket] { socket->disconnectFromHost(); });
}

/**
 * Answers instead of the HTTP server, which never sees the connection again. What the client still sends is read and
 * dropped, never kept: the rest of a refused request (`unread` bytes; clients such as QNetworkAccessManager only read
 * an answer once they have sent their body), then anything for a moment, so that closing does not reset the
 * connection before the client has read the answer.
 */
void refuse(QSslSocket *socket, QTimer *idle, int status, const QString &reason, qint64 unread = 0)
{
    QObject::disconnect(socket, &QSslSocket::readyRead, nullptr, nullptr);
    qCWarning(lcConnections).noquote() << "refused a request from" << socket->peerAddress().toString() << status
                                       << reason;
    if (socket->isTransactionStarted()) {
        socket->commitTransaction(); // frees what the HTTP server had buffered
    }
    auto remaining = std::make_shared<qint64>(unread);
    const auto drop = [socket, idle, remaining, status, reason] {
        idle->start();
        const qint64 dropped = socket->skip(socket->bytesAvailable());
        if (*remaining > 0 && (*remaining -= std::max<qint64>(dropped, 0)) <= 0) {
            answer(socket, status, reason);
        }
    };
    QObject::connect(socket, &QSslSocket::readyRead, socket, drop);
    if (unread <= 0) {
        answer(socket, status, reason);
    }
    drop();
}

/** Where a connection's current request is: its head as far as it has come, and when its first byte came. */
struct RequestProgress
{
    QElapsedTimer started;
    QByteArray head; // at most maxHeadBytes + 1
    qint64 consumed = 0; // bytes of the request the HTTP server has read before the current chunk
    bool inHead = false;
};

} // namespace

RequestHead inspectRequestHead(QByteArrayView data, const ConnectionLimits &limits)
{
    const qsizetype end = data.indexOf(kHeadEnd);
    if (end < 0 ? data.size() > limits.maxHeadBytes : end + kHeadEnd.size() > limits.maxHeadBytes) {
        return refused(431, u"request head larger than %1 bytes"_s.arg(limits.maxHeadBytes));
    }
    if (end < 0) {
        return {};
    }
    RequestHead head { true, 0, {}, 0, end + kHeadEnd.size() };
    bool hasLength = false;
    const QList<QByteArray> lines = data.first(end).toByteArray().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // line 0 is the request line
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return refused(400, u"malformed header line"_s);
        }
        const QByteArray name = line.first(colon).trimmed().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "transfer-encoding") {
            return refused(411, u"a body needs a Content-Length (no chunked transfer)"_s);
        }
        if (name != "content-length") {
            continue;
        }
        bool ok = value.size() <= 18 && !value.isEmpty();
        for (const char c : value) {
            ok = ok && c >= '0' && c <= '9';
        }
        if (!ok || (hasLength && value.toLongLong() != head.contentLength)) {
            return refused(400, u"malformed Content-Length"_s);
        }
        hasLength = true;
        head.contentLength = value.toLongLong();
    }
    if (head.contentLength > limits.maxBodyBytes) {
        RequestHead tooLarge = refused(413, u"message larger than %1 bytes"_s.arg(limits.maxBodyBytes));
        tooLarge.contentLength = head.contentLength;
        tooLarge.headBytes = head.headBytes;
        return tooLarge;
    }
    return head;
}

GuardedTlsServer::GuardedTlsServer(const QSslConfiguration &tls, const ConnectionLimits &limits, QObject *parent)
    : QSslServer(parent)
    , m_limits(limits)
    , m_handshakes(new HandshakeGate(limits.handshake, this))
{
    setSslConfiguration(tls);
    // The kernel queues connections while the event loop is busy; the gate, not the queue, decides who stays.
    setListenBacklogSize(1024);
    connect(this, &QTcpServer::acceptError, this, &GuardedTlsServer::resumeAfterAcceptError);
}

void GuardedTlsServer::incomingConnection(qintptr handle)
{
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        ::close(int(handle));
        delete socket;
        return;
    }
    socket->setSslConfiguration(sslConfiguration());
    connect(socket, &QSslSocket::encrypted, this, [this, socket] { addPendingConnection(socket); });
    m_handshakes->admit(socket);
    socket->startServerEncryption();
}

void GuardedTlsServer::resumeAfterAcceptError(QAbstractSocket::SocketError error)
{
    // Out of file descriptors (EMFILE/ENFILE) QTcpServer pauses accepting and never resumes by itself.
    qCWarning(lcConnections) << "accept failed:" << error << "- dropping the oldest handshakes and accepting again";
    for (int i = 0; i < 8 && m_handshakes->dropOldest(); ++i) { }
    QTimer::singleShot(std::chrono::milliseconds(50), this, [this] {
        if (isListening()) {
            resumeAccepting();
        }
    });
}

QTcpSocket *GuardedTlsServer::nextPendingConnection()
{
    while (QTcpSocket *socket = QSslServer::nextPendingConnection()) {
        if (m_open < m_limits.maxConnections || dropLongestIdle()) {
            guard(static_cast<QSslSocket *>(socket)); // QSslServer only makes QSslSockets
            return socket;
        }
        qCWarning(lcConnections) << "closed a connection over the limit of" << m_limits.maxConnections;
        socket->abort();
        socket->deleteLater();
    }
    return nullptr;
}

bool GuardedTlsServer::dropLongestIdle()
{
    constexpr qint64 kMinIdleMs = 1000;
    const qint64 now = QDeadlineTimer::current().deadline();
    QSslSocket *longest = nullptr;
    for (auto it = m_lastActive.cbegin(); it != m_lastActive.cend(); ++it) {
        if (it.key()->state() == QAbstractSocket::ConnectedState && now - it.value() >= kMinIdleMs
            && (!longest || it.value() < m_lastActive.value(longest))) {
            longest = it.key();
        }
    }
    if (!longest) {
        return false;
    }
    qCInfo(lcConnections).noquote() << "closed the connection idle the longest from"
                                    << longest->peerAddress().toString() << "to take a new one";
    m_lastActive.remove(longest);
    longest->abort();
    longest->deleteLater(); // its count goes when it is destroyed, right after this event
    return true;
}

void GuardedTlsServer::guard(QSslSocket *socket)
{
    ++m_open;
    m_lastActive.insert(socket, QDeadlineTimer::current().deadline());
    connect(socket, &QObject::destroyed, this, [this, socket] {
        --m_open;
        m_lastActive.remove(socket);
        if (m_draining && m_open == 0) {
            Q_EMIT drained();
        }
    });
    const auto active = [this, socket] {
        if (const auto it = m_lastActive.find(socket); it != m_lastActive.end()) {
            *it = QDeadlineTimer::current().deadline();
        }
    };
    connect(socket, &QSslSocket::readyRead, this, active);
    connect(socket, &QSslSocket::bytesWritten, this, active);
    // A request is buffered whole (the HTTP server reads it in a transaction): more than the largest one is not read.
    socket->setReadBufferSize(m_limits.maxHeadBytes + m_limits.maxBodyBytes);
    auto *idle = new QTimer(socket);
    idle->setSingleShot(true);
    idle->setInterval(m_limits.idleTimeout);
    connect(idle, &QTimer::timeout, socket, [socket] {
        qCInfo(lcConnections).noquote() << "closed an idle connection from" << socket->peerAddress().toString();
        socket->abort();
    });
    connect(socket, &QSslSocket::bytesWritten, idle, qOverload<>(&QTimer::start));
    idle->start();
    auto request = std::make_shared<RequestProgress>();
    connect(socket, &QSslSocket::readyRead, socket, [this, socket, idle, request] {
        idle->start();
        if (!socket->isTransactionStarted()) { // a new request: nothing of it has been read
            request->started.start();
            request->head.clear();
            request->consumed = 0;
            request->inHead = true;
        } else if (std::chrono::milliseconds(request->started.elapsed()) > m_limits.requestDeadline) {
            refuse(
                socket, idle, 408, u"the request took longer than %1 s"_s.arg(m_limits.requestDeadline.count() / 1000));
            return;
        }
        if (!request->inHead) {
            return; // the body of a request whose head passed
        }
        // While the head is incomplete the HTTP server has read everything that came before: what is available now
        // is the head's continuation.
        request->consumed = request->head.size();
        request->head += socket->peek(m_limits.maxHeadBytes + 1 - request->head.size());
        const RequestHead head = inspectRequestHead(request->head, m_limits);
        request->inHead = !head.complete;
        if (head.refusal == 413 && head.contentLength <= kDrainedTimesTheLimit * m_limits.maxBodyBytes) {
            refuse(socket, idle, 413, head.reason, head.headBytes + head.contentLength - request->consumed);
        } else if (head.refusal != 0) {
            refuse(socket, idle, head.refusal, head.reason);
        }
    });
}

} // namespace akten::sync
