// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/masterdata.h"
#include "app/core/occurrences.h"
#include "app/core/result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace akten::store {

class Database;

/** One resident's occurrence on a day and what its signatures say about it. */
struct DayOccurrence
{
    core::Occurrence occurrence;
    core::OccurrenceStatus status;
};

/**
 * Reads care days' signing lists for a set of residents: the occurrences of the plan in force (the newest established
 * revision dated on or before the day), those kept from revisions replaced during the day, and the day's signatures
 * and retractions, judged at a given moment. Plan revisions are cached and read again only when one was added (a
 * count and the newest HLC tell). Same thread as its Database.
 */
class SigningDayReader
{
public:
    explicit SigningDayReader(Database &db);

    /**
     * The occurrences of `residents` on `day`, per resident in time order; windows from the residents' units. With
     * `timedFromMs`, only the timed ones planned at or after it, and only their signatures are read (Nu's evening
     * before, in the morning).
     */
    [[nodiscard]] Result<QList<DayOccurrence>> read(const QList<core::Resident> &residents,
        const QHash<core::Id, core::SigningWindow> &windowByUnit, const QDate &day, qint64 nowMs,
        std::optional<qint64> timedFromMs = std::nullopt);

    /** The revision in force for a resident on `day`, or null; valid until the next call. */
    [[nodiscard]] Result<const core::PlanRevision *> planInForce(const core::Id &residentId, const QDate &day);

    /** The revision with this id, or null; valid until the next call. */
    [[nodiscard]] Result<const core::PlanRevision *> revision(const core::Id &revisionId);

private:
    [[nodiscard]] Status refreshPlans();
    /** planInForce() on the plans as last read. */
    [[nodiscard]] const core::PlanRevision *cachedPlanInForce(const core::Id &residentId, const QDate &day) const;

    Database &m_db;
    QHash<core::Id, QList<core::PlanRevision>> m_plansByResident; ///< each in HLC order
    QHash<core::Id, const core::PlanRevision *> m_byId;
    QString m_plansVersion;
};

} // namespace akten::store
