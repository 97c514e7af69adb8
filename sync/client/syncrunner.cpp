// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/client/syncrunner.h"

namespace akten::sync {

SessionRunner::SessionRunner(SessionFactory factory, QObject *parent)
    : SyncRunner(parent)
    , m_factory(std::move(factory))
{ }

SessionRunner::~SessionRunner() = default;

void SessionRunner::start(SyncKind kind)
{
    m_session = m_factory(kind);
    // Queued: the session is deleted (by the next start or the runner) only after it has returned from emitting.
    connect(m_session.get(), &SyncSession::finished, this, &SyncRunner::finished, Qt::QueuedConnection);
    m_session->start();
}

} // namespace akten::sync
