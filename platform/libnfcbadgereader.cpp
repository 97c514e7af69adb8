// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "platform/libnfcbadgereader.h"

#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QThread>

using namespace Qt::StringLiterals;

namespace akten::platform {

namespace {
Q_LOGGING_CATEGORY(lcNfc, "akten.platform.nfc")
}

LibnfcBadgeReader::LibnfcBadgeReader(const QString &connection, std::chrono::milliseconds pollInterval, QObject *parent)
    : BadgeReader(parent)
    , m_connection(connection)
{
    m_timing.pollInterval = pollInterval;
    // The poller's signals cross threads: their argument types must be known to the meta-type system.
    qRegisterMetaType<BadgeTap>();
    qRegisterMetaType<ReaderState>();
    // libnfc logs to stderr by itself: at its default level every failed probe of a missing reader, at level 3 raw
    // frames with badge UIDs. This backend reports the reader's state in its own log, so libnfc stays quiet unless
    // an operator asks for it by setting LIBNFC_LOG_LEVEL.
    if (!qEnvironmentVariableIsSet("LIBNFC_LOG_LEVEL")) {
        qputenv("LIBNFC_LOG_LEVEL", "0");
    }
}

LibnfcBadgeReader::~LibnfcBadgeReader()
{
    stopWorker();
}

void LibnfcBadgeReader::start()
{
    if (m_thread) {
        return;
    }
    const quint64 generation = ++m_generation;
    setState(ReaderState::Connecting, u"opening "_s + (m_connection.isEmpty() ? u"any libnfc device"_s : m_connection));

    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(u"akten-libnfc"_s);
    m_poller = new NfcPoller(m_connection.toUtf8(), m_timing);
    m_poller->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::started, m_poller, &NfcPoller::start);
    connect(m_thread.get(), &QThread::finished, m_poller, &QObject::deleteLater);

    connect(
        m_poller, &NfcPoller::cardPresented, this,
        [this, generation](const QString &uidHex) {
            if (generation == m_generation) {
                Q_EMIT badgePresented(BadgeTap { uidHex, u"libnfc"_s });
            }
        },
        Qt::QueuedConnection);
    connect(
        m_poller, &NfcPoller::cardRemoved, this,
        [this, generation](const QString &uidHex) {
            if (generation == m_generation) {
                Q_EMIT badgeRemoved(uidHex);
            }
        },
        Qt::QueuedConnection);
    connect(
        m_poller, &NfcPoller::stateChanged, this,
        [this, generation](ReaderState state, const QString &detail) {
            if (generation == m_generation) {
                setState(state, detail);
            }
        },
        Qt::QueuedConnection);
    m_thread->start();
}

void LibnfcBadgeReader::stop()
{
    stopWorker();
    setState(ReaderState::Stopped);
}

void LibnfcBadgeReader::stopWorker()
{
    if (!m_thread) {
        return;
    }
    ++m_generation; // whatever the poller still has queued for us is stale now
    // The poller lives until its thread finishes, and the thread only finishes through shutdown(): safe to call.
    QMetaObject::invokeMethod(m_poller, &NfcPoller::shutdown, Qt::QueuedConnection);
    m_poller = nullptr;
    if (m_thread->wait(QDeadlineTimer(m_stopTimeout))) {
        m_thread.reset();
        return;
    }
    // Only a libnfc call that ignores its timeout gets here. Destroying a running QThread aborts the program, so
    // the thread is left to finish on its own and deletes itself then.
    qCWarning(lcNfc) << "libnfc worker still busy after" << m_stopTimeout.count() << "ms; detaching it";
    QThread *thread = m_thread.release();
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (thread->isFinished()) {
        thread->deleteLater(); // finished between wait() and connect(); a second deleteLater is ignored by Qt
    }
}

} // namespace akten::platform
