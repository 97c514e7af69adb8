// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "sync/client/syncrunner.h"

#include <QThread>

namespace akten::sync {

/**
 * Runs once on the sync thread, before its first sync: opens what the sessions need there (the store's own
 * connection, the network client) and returns the factory that owns them. They are destroyed on that thread too.
 * A failure ends that attempt as Failed with its reason; the next attempt tries again.
 */
using WorkerSetup = std::function<Result<SessionFactory>()>;

namespace detail {
/** Lives on the sync thread; the runner talks to it only through queued calls and signals. */
class SyncWorker : public QObject
{
    Q_OBJECT
public:
    explicit SyncWorker(WorkerSetup setup);
    ~SyncWorker() override;
    void run(akten::sync::SyncKind kind);

Q_SIGNALS:
    void finished(const akten::sync::SyncOutcome &outcome);

private:
    WorkerSetup m_setup;
    SessionFactory m_factory;
    std::unique_ptr<SyncSession> m_session;
};
} // namespace detail

/**
 * Runs the sessions on a thread of their own, so that applying a large download (a new tablet's first sync is
 * ~300 000 records) never holds up the UI thread. The sync thread has its own connection to the same SQLCipher
 * file: SQLite's WAL lets the UI read throughout, and a UI write waits at most one batch's transaction (busy
 * timeout). Destroying the runner stops the thread between two events: a sync cut there resumes next time.
 */
class ThreadedSyncRunner final : public SyncRunner
{
    Q_OBJECT
public:
    explicit ThreadedSyncRunner(WorkerSetup setup, QObject *parent = nullptr);
    ~ThreadedSyncRunner() override;
    void start(SyncKind kind) override;

private:
    QThread m_thread;
    detail::SyncWorker *m_worker; // owned by m_thread's lifetime: deleted there when it finishes
};

} // namespace akten::sync
