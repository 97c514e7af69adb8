// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/client/freshness.h"

#include <algorithm>

namespace akten::sync {

Freshness::Freshness(qint64 lastContactMs, QList<store::PeerKnowledge> peers, qint64 intervalMs)
    : m_lastContactMs(lastContactMs)
    , m_peers(std::move(peers))
    , m_intervalMs(intervalMs)
{ }

Result<Freshness> Freshness::read(store::Database &db, qint64 intervalMs)
{
    const store::SyncStateRepository state(db);
    auto last = state.lastCompletedMs();
    if (!last) {
        return last.error();
    }
    auto peers = state.peers();
    if (!peers) {
        return peers.error();
    }
    return Freshness(last.value(), std::move(peers).value(), intervalMs);
}

bool Freshness::stale(qint64 nowMs) const
{
    return m_lastContactMs <= 0 || nowMs - m_lastContactMs > 2 * m_intervalMs;
}

qint64 Freshness::knownThroughMs(const core::Id &unitId) const
{
    const QString unit = unitId.isNull() ? QString() : core::idToString(unitId);
    qint64 through = m_lastContactMs;
    for (const store::PeerKnowledge &peer : m_peers) {
        if (unit.isEmpty() || peer.unitId == unit) {
            through = std::min(through, peer.knownThroughMs);
        }
    }
    return through;
}

bool Freshness::certainAt(qint64 closesMs, qint64 nowMs, const core::Id &unitId) const
{
    if (stale(nowMs)) {
        return false; // another device may have signed it late since, and this one would not know
    }
    const QString unit = unitId.isNull() ? QString() : core::idToString(unitId);
    return std::all_of(m_peers.cbegin(), m_peers.cend(), [&](const store::PeerKnowledge &peer) {
        return (!unit.isEmpty() && peer.unitId != unit) || peer.knownThroughMs >= closesMs;
    });
}

} // namespace akten::sync
