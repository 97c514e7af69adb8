// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/result.h"
#include "app/store/syncstaterepository.h"

#include <QList>

namespace akten::store {
class Database;
}

namespace akten::sync {

/**
 * How current this device's copy of its units' records is, for the unit board and the kiosk: when it last completed
 * a sync with the central store (its last contact), and up to when it holds everything that each other device of
 * its units had written (the central store's `peers`, PROTOCOL.md, kept in the store by DeviceSync). A value, read
 * again after each sync; no thread of its own.
 *
 * "Missad" is certain for an occurrence only if no device can hold a signature for it that this one has not seen:
 * the last contact is recent (not stale) and every other device of the unit had sent everything it wrote up to the
 * occurrence's close. Otherwise the board says "ej signerad här" with knownThroughMs().
 */
class Freshness
{
public:
    Freshness() = default;
    /** `intervalMs`: how often the device syncs when the central store answers (the light interval). */
    Freshness(qint64 lastContactMs, QList<store::PeerKnowledge> peers, qint64 intervalMs);
    /** From the store: the last completed sync and the peers of the last complete download. */
    [[nodiscard]] static Result<Freshness> read(store::Database &db, qint64 intervalMs);

    /** When the last sync completed (this device's clock, ms); 0 = never. */
    [[nodiscard]] qint64 lastContactMs() const { return m_lastContactMs; }
    [[nodiscard]] qint64 intervalMs() const { return m_intervalMs; }
    /** No completed sync within two intervals (one may be running late), or never. */
    [[nodiscard]] bool stale(qint64 nowMs) const;
    /**
     * Up to when this device holds everything written on the devices of the unit (a null id: of all its units): the
     * earliest of its last contact and each other device's progress; 0 if that is not known.
     */
    [[nodiscard]] qint64 knownThroughMs(const core::Id &unitId = {}) const;
    /**
     * Whether an occurrence of the unit (null: any unit) whose window closed at `closesMs` and that has no signature
     * here is certainly missed at `nowMs`: not stale, and every other device of the unit had sent all it wrote up
     * to `closesMs`.
     */
    [[nodiscard]] bool certainAt(qint64 closesMs, qint64 nowMs, const core::Id &unitId = {}) const;

private:
    qint64 m_lastContactMs = 0;
    QList<store::PeerKnowledge> m_peers;
    qint64 m_intervalMs = 0;
};

} // namespace akten::sync
