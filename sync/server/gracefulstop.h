// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>

class QSocketNotifier;
class QTcpServer;

namespace akten::sync {

class GuardedTlsServer;

/**
 * akten-central's stop on SIGTERM or SIGINT. The signal handler only writes the signal's number to a pipe (nothing
 * else is safe there); the event loop reads it through a QSocketNotifier and begins the stop: STOPPING=1 to systemd,
 * the listeners stop accepting and drain (GuardedTlsServer::drain: a request being received is answered, then its
 * connection closed), and the event loop ends once none is left. Past the timeout (or at a second signal) the
 * connections still open are cut; a request cut short was never applied (each request is one transaction). One
 * instance per process: it owns SIGTERM and SIGINT while it lives.
 */
class GracefulStop final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GracefulStop)

public:
    explicit GracefulStop(std::chrono::milliseconds timeout, QObject *parent = nullptr);
    ~GracefulStop() override;

    /** A listener drained on stop. */
    void addListener(GuardedTlsServer *listener);
    /** A listener closed at once on stop (the health endpoint). */
    void addPlainListener(QTcpServer *listener);
    /** Begins the stop as a signal would. */
    void stop(const QString &why);

Q_SIGNALS:
    /** Every listener has drained, or the timeout passed: `cut` requests were cut short. Quit the event loop. */
    void finished(int cut);

private:
    void onSignal();
    void finishIfDrained();
    void finish();

    std::chrono::milliseconds m_timeout;
    QList<QPointer<GuardedTlsServer>> m_listeners;
    QList<QPointer<QTcpServer>> m_plainListeners;
    QSocketNotifier *m_notifier = nullptr;
    int m_pending = 0; // listeners not drained yet
    bool m_stopping = false;
    bool m_finished = false;
};

} // namespace akten::sync
