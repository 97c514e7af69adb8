// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "sync/client/syncsession.h"

#include <QObject>

#include <functional>
#include <memory>

namespace akten::sync {

/** Builds one SyncSession per attempt (the same code as `aktenctl sync`). */
using SessionFactory = std::function<std::unique_ptr<SyncSession>()>;

/**
 * Runs one sync at a time for the SyncScheduler, wherever the work happens: start() begins one, finished() reports
 * its outcome exactly once, on the runner's thread. The scheduler never calls start() while a sync runs.
 */
class SyncRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    virtual void start() = 0;

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
    void start() override;

private:
    SessionFactory m_factory;
    std::unique_ptr<SyncSession> m_session;
};

} // namespace akten::sync
