// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QHostAddress>
#include <QObject>

#include <chrono>
#include <deque>

class QSslSocket;

namespace akten::sync {

/** What a listener lets connections cost before their TLS handshake has finished (nobody is known yet). */
struct HandshakeLimits
{
    std::chrono::milliseconds deadline { 10'000 }; // from accept to the end of the handshake
    int maxInHandshake = 128; // at once, on this listener
    int maxPerPeer = 32; // at once, from one peer address
};

/**
 * The connections of one listener whose TLS handshake has not finished. Qt 6.4's QSslServer counts them as pending
 * and stops accepting at 30 of them, with no way back once they go, so a few dozen plain TCP connections that never
 * start TLS used to leave a listener accepting nothing (issue 16). Here accepting never stops: a new connection is
 * admitted always, and at a cap the oldest unfinished handshake (of the same peer address at its cap, else of anyone)
 * is dropped; a handshake not finished within the deadline is dropped too. The gate owns the sockets it holds (it
 * deletes those it drops); a socket whose handshake finishes, fails or is closed leaves the gate. Used from the
 * listener's thread only.
 */
class HandshakeGate final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandshakeGate)

public:
    explicit HandshakeGate(const HandshakeLimits &limits, QObject *parent = nullptr);
    ~HandshakeGate() override;

    /** Takes a socket whose server handshake has been started; makes room for it first. */
    void admit(QSslSocket *socket);
    /** Drops the oldest unfinished handshake (to free a file descriptor); false if there is none. */
    bool dropOldest();

    [[nodiscard]] int inHandshake() const { return int(m_entries.size()); }
    [[nodiscard]] int dropped() const { return m_dropped; }
    /** Drops every unfinished handshake (a listener that stops). */
    void dropAll();

Q_SIGNALS:
    /** A handshake failed (no or a foreign client certificate, not TLS) or was dropped; for akten-central's metrics. */
    void refused();

private:
    struct Entry
    {
        QSslSocket *socket = nullptr;
        QHostAddress peer;
    };
    void drop(QSslSocket *socket, const char *why);
    void forget(QSslSocket *socket);
    [[nodiscard]] int countFrom(const QHostAddress &peer) const;

    HandshakeLimits m_limits;
    std::deque<Entry> m_entries; // oldest first
    int m_dropped = 0;
};

} // namespace akten::sync
