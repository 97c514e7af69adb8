// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/client/threadedsyncrunner.h"

using namespace Qt::StringLiterals;

namespace akten::sync {

namespace detail {

SyncWorker::SyncWorker(WorkerSetup setup)
    : m_setup(std::move(setup))
{ }

SyncWorker::~SyncWorker()
{
    m_session.reset(); // before the factory and the store and client it holds
}

void SyncWorker::run(SyncKind kind)
{
    if (!m_factory) {
        auto factory = m_setup();
        if (!factory) {
            SyncOutcome failed;
            failed.error = u"cannot prepare the sync: "_s + factory.error().message;
            Q_EMIT finished(failed);
            return;
        }
        m_factory = std::move(factory).value();
    }
    m_session = m_factory(kind);
    connect(m_session.get(), &SyncSession::finished, this, &SyncWorker::finished, Qt::QueuedConnection);
    m_session->start();
}

} // namespace detail

ThreadedSyncRunner::ThreadedSyncRunner(WorkerSetup setup, QObject *parent)
    : SyncRunner(parent)
    , m_worker(new detail::SyncWorker(std::move(setup)))
{
    m_thread.setObjectName(u"akten-sync"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &detail::SyncWorker::finished, this, &SyncRunner::finished); // queued: another thread
    m_thread.start();
}

ThreadedSyncRunner::~ThreadedSyncRunner()
{
    m_thread.quit();
    m_thread.wait();
}

void ThreadedSyncRunner::start(SyncKind kind)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, kind] { worker->run(kind); }, Qt::QueuedConnection);
}

} // namespace akten::sync
