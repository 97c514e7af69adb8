// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/handshakegate.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QSignalBlocker>
#include <QSslSocket>
#include <QTimer>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcConnections)

namespace akten::sync {

HandshakeGate::HandshakeGate(const HandshakeLimits &limits, QObject *parent)
    : QObject(parent)
    , m_limits(limits)
{ }

HandshakeGate::~HandshakeGate()
{
    for (const Entry &entry : m_entries) {
        QObject::disconnect(entry.socket, nullptr, this, nullptr);
        delete entry.socket;
    }
}

int HandshakeGate::countFrom(const QHostAddress &peer) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.peer == peer; }));
}

void HandshakeGate::admit(QSslSocket *socket)
{
    const QHostAddress peer = socket->peerAddress();
    if (countFrom(peer) >= m_limits.maxPerPeer) {
        const auto oldest
            = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.peer == peer; });
        drop(oldest->socket, "a peer's handshakes over its limit");
    } else if (inHandshake() >= m_limits.maxInHandshake && !m_entries.empty()) {
        drop(m_entries.front().socket, "handshakes over the listener's limit");
    }
    m_entries.push_back({ socket, peer });
    const auto leave = [this, socket] { forget(socket); };
    connect(socket, &QSslSocket::encrypted, this, leave);
    connect(socket, &QObject::destroyed, this, leave);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
        if (error != QAbstractSocket::RemoteHostClosedError) {
            qCInfo(lcConnections).noquote() << "TLS handshake failed:" << socket->errorString();
        }
        forget(socket);
        Q_EMIT refused();
        socket->deleteLater(); // a failed handshake (no or a foreign client certificate, not TLS at all)
    });
    // Bound to the socket: no timer outlives it, and one that fires after the handshake finished finds it gone.
    QTimer::singleShot(m_limits.deadline, socket, [gate = QPointer(this), socket] {
        if (gate && std::any_of(gate->m_entries.begin(), gate->m_entries.end(), [&](const Entry &e) {
                return e.socket == socket;
            })) {
            gate->drop(socket, "a handshake past its deadline");
        }
    });
}

bool HandshakeGate::dropOldest()
{
    if (m_entries.empty()) {
        return false;
    }
    drop(m_entries.front().socket, "the oldest handshake, to free a file descriptor");
    return true;
}

void HandshakeGate::dropAll()
{
    const QSignalBlocker quiet(this); // a listener that stops refuses no one: not counted as refused
    while (!m_entries.empty()) {
        drop(m_entries.front().socket, "a handshake on a listener that stops");
    }
}

void HandshakeGate::drop(QSslSocket *socket, const char *why)
{
    ++m_dropped;
    Q_EMIT refused();
    qCDebug(lcConnections) << "dropped" << why;
    forget(socket);
    socket->abort();
    socket->deleteLater();
}

void HandshakeGate::forget(QSslSocket *socket)
{
    const auto it
        = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.socket == socket; });
    if (it == m_entries.end()) {
        return;
    }
    m_entries.erase(it);
    QObject::disconnect(socket, nullptr, this, nullptr);
}

} // namespace akten::sync
