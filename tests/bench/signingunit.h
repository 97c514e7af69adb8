// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/masterdata.h"
#include "app/core/result.h"

#include <QDate>
#include <QList>
#include <QTime>

namespace akten::store {
class DeviceStore;
}
namespace akten::test {
class ManualClock;
}

namespace akten::bench {

/** What the set-up wrote, for the measurements to use. */
struct SigningUnit
{
    core::Unit unit;
    QList<core::Staff> staff; ///< the unit manager first, then the care staff
    QList<core::Resident> residents;
    qint64 planRevisions = 0;
    qint64 signatures = 0;
    qint64 retractions = 0;
};

/**
 * Writes a särskilt boende of `residents` residents into `store` as its tablet would have: each resident's plan has 12
 * timed insatser a day and one as needed (revised every quarter), then `historyDays` days of signatures before `today`
 * and today's up to `now` (done, not done with a reason, missed, late, signed twice, retracted and signed again), each
 * record with its audit event and stamped by the store at its own time (`clock` is moved), one transaction per day.
 * Today has more left unsigned than the history, so Nu and the board show every state. Deterministic.
 */
[[nodiscard]] Result<SigningUnit> writeSigningUnit(store::DeviceStore &store, test::ManualClock &clock,
    const QDate &today, const QTime &now, int residents, int historyDays);

} // namespace akten::bench
