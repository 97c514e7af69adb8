// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/syncfreshness.h"

#include "app/core/clock.h"
#include "app/models/modelsupport.h"

SyncFreshness::SyncFreshness(const akten::core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

SyncFreshness::~SyncFreshness() = default;

void SyncFreshness::update(std::optional<akten::sync::Freshness> freshness)
{
    m_freshness = std::move(freshness);
    Q_EMIT changed();
}

QString SyncFreshness::lastContactText() const
{
    if (!m_freshness) {
        return {};
    }
    const qint64 last = m_freshness->lastContactMs();
    return last > 0 ? tr("Uppdaterad %1").arg(akten::models::nearTimeText(last, m_clock.nowMs(), false))
                    : tr("Aldrig uppdaterad");
}

bool SyncFreshness::stale() const
{
    return m_freshness && m_freshness->stale(m_clock.nowMs());
}

QString SyncFreshness::staleText() const
{
    if (!stale()) {
        return {};
    }
    return tr("Ingen kontakt med centralen på en stund. Signeringar från andra enheter kan saknas här, så missade "
              "insatser visas som ej signerade här.");
}

bool SyncFreshness::missedIsCertain(qint64 closesMs, const akten::core::Id &unitId) const
{
    return !m_freshness || m_freshness->certainAt(closesMs, m_clock.nowMs(), unitId);
}

QString SyncFreshness::notSignedHereText(const akten::core::Id &unitId) const
{
    const qint64 known = m_freshness ? m_freshness->knownThroughMs(unitId) : 0;
    return known > 0
        ? tr("Ej signerad här (uppdaterad %1)").arg(akten::models::nearTimeText(known, m_clock.nowMs(), false))
        : tr("Ej signerad här (inte uppdaterad)");
}
