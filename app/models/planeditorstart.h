// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/plan.h"
#include "app/models/filterchoicelistmodel.h"

#include <QDate>
#include <QStringList>

#include <optional>

namespace akten::core {
class Clock;
}
namespace akten::store {
class Database;
class MasterDataRepository;
} // namespace akten::store

/**
 * What the plan editor opens on for one resident: the decision in force (its insatser and the case officer's goals),
 * the user's draft if there is one, else the current revision to revise (participation is asked again), else an
 * empty plan; and the ICF codes the unit's current plans use most, which the picker offers first ("Ofta använda").
 */
struct PlanEditorStart
{
    QString residentName;
    QDate birthDate;
    akten::core::Id baseId; ///< the revision being revised; null for a first plan
    akten::core::Id decisionId;
    QString decisionGoals;
    QList<FilterChoiceListModel::Choice> insatser; ///< value: insats id, label: its title
    akten::core::PlanRevision plan;
    std::optional<qint64> draftUpdatedMs; ///< set when the plan is the user's draft
    QStringList unitCodes; ///< most used first
};

/**
 * Loads the start for `residentId`, or nothing when `user` may not edit the plan or two versions are in conflict
 * (they are merged first). Same thread as the store.
 */
[[nodiscard]] std::optional<PlanEditorStart> loadPlanEditorStart(akten::store::Database &db,
    akten::store::MasterDataRepository &master, const akten::core::Clock &clock, const akten::auth::SessionUser &user,
    const akten::core::Id &residentId);

/**
 * The ICF codes of the unit's current plans (one head per resident; residents in conflict are skipped), used by at
 * least two residents, most used first (ties by code), at most `limit`.
 */
[[nodiscard]] QStringList mostUsedCodes(const QList<akten::core::PlanRevision> &currentPlans, qsizetype limit);
