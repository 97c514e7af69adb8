// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/gracefulstop.h"

#include "sync/server/guardedtlsserver.h"
#include "sync/server/servicenotifier.h"

#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcCentral)

namespace akten::sync {
namespace {

int s_pipe[2] = { -1, -1 }; // [0] read by the event loop, [1] written by the handler

void onStopSignal(int number)
{
    const int saved = errno;
    const char byte = char(number);
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1); // full pipe: a stop is already pending
    errno = saved;
}

} // namespace

GracefulStop::GracefulStop(std::chrono::milliseconds timeout, QObject *parent)
    : QObject(parent)
    , m_timeout(timeout)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, s_pipe) != 0) {
        qFatal("cannot create the stop signal pipe");
    }
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &GracefulStop::onSignal);
    struct sigaction action
    { };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

GracefulStop::~GracefulStop()
{
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
    delete m_notifier;
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
}

void GracefulStop::addListener(GuardedTlsServer *listener)
{
    m_listeners.append(listener);
    connect(listener, &GuardedTlsServer::drained, this, [this] {
        --m_pending;
        finishIfDrained();
    });
}

void GracefulStop::addPlainListener(QTcpServer *listener)
{
    m_plainListeners.append(listener);
}

void GracefulStop::onSignal()
{
    char byte = 0;
    int number = 0;
    while (::read(s_pipe[0], &byte, 1) == 1) {
        number = byte;
    }
    const QString name = number == SIGINT ? u"SIGINT"_s : u"SIGTERM"_s;
    if (m_stopping) {
        qCWarning(lcCentral).noquote() << name << "again: stopping now";
        finish();
        return;
    }
    stop(name);
}

void GracefulStop::stop(const QString &why)
{
    if (m_stopping) {
        return;
    }
    m_stopping = true;
    qCInfo(lcCentral).noquote() << why << "- stopping: no new connections, finishing the requests in hand (at most"
                                << m_timeout.count() / 1000.0 << "s)";
    ServiceNotifier::stopping(u"stopping: finishing the requests in hand"_s);
    for (const auto &listener : std::as_const(m_plainListeners)) {
        if (listener) {
            listener->close();
        }
    }
    m_pending = 0;
    for (const auto &listener : std::as_const(m_listeners)) {
        if (listener) {
            ++m_pending;
            listener->drain();
        }
    }
    QTimer::singleShot(m_timeout, this, &GracefulStop::finish);
    finishIfDrained();
}

void GracefulStop::finishIfDrained()
{
    if (m_stopping && m_pending <= 0) {
        finish();
    }
}

void GracefulStop::finish()
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    int cut = 0;
    for (const auto &listener : std::as_const(m_listeners)) {
        if (listener) {
            cut += listener->abortAll();
        }
    }
    if (cut > 0) {
        qCWarning(lcCentral).noquote() << "stopped with" << cut
                                       << "request(s) cut short: none was applied, the devices send them again";
    } else {
        qCInfo(lcCentral).noquote() << "stopped: every request in hand was answered";
    }
    Q_EMIT finished(cut);
}

} // namespace akten::sync
