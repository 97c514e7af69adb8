// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "sync/client/syncsession.h"

#include <QObject>

#include <functional>
#include <memory>

namespace akten::sync {

/**
 * A full sync (the dock, the night, "synka nu") or a light one (every few minutes wherever the central store answers).
 * Both are the same session, everything up and everything down: the outbox and the download cursor are one sequence
 * each, so a light sync cannot pick kinds of records. It runs with small batches instead.
 */
enum class SyncKind { Full, Light };

/** Builds one SyncSession per attempt (the same code as `aktenctl sync`), with the batch sizes for its kind. */
using SessionFactory = std::function<std::unique_ptr<SyncSession>(SyncKind)>;

/**
 * Runs one sync at a time for the SyncScheduler, wherever the work happens: start() begins one, finished() reports
 * its outcome exactly once, on the runner's thread. The scheduler never calls start() while a sync runs.
 */
class SyncRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start(SyncKind kind) = 0;

Q_SIGNALS:
    void finished(const akten::sync::SyncOutcome &outcome);
};

/** Runs the sessions on the caller's thread (tests, and anything whose store work is small). */
class SessionRunner final : public SyncRunner
{
    Q_OBJECT
public:
    explicit SessionRunner(SessionFactory factory, QObject *parent = nullptr);
    ~SessionRunner() override;
    void start(SyncKind kind) override;

private:
    SessionFactory m_factory;
    std::unique_ptr<SyncSession> m_session;
};

} // namespace akten::sync
