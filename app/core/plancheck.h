// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// What a plan must hold before it is set (fastställd), field by field (domain.md D2, D8), and advice on goals that
// cannot be followed up. Pure rules, like core::checkNote for the journal.
#pragma once

#include "app/core/catalogue.h"
#include "app/core/plan.h"

#include <QDate>
#include <QList>

namespace akten::core {

/** The parts of a plan the editor asks for; a finding names the field (and need and activity) it belongs to. */
enum class PlanField {
    Needs, ///< the plan has no need at all
    IcfCode, ///< a need's code is not in the catalogue
    Goal,
    ActivityWhen, ///< times, weekdays with times, a situation, or "vid behov"
    ActivityByWhom,
    HowParticipated, ///< how the resident took part, or why not
    Views, ///< who said what
    RelativesInformed, ///< whether relatives may be told the contents
    ChildInformation, ///< a child: the information given (when, how)
    ChildViews, ///< a child: the child's views
    ChildConsidered, ///< a child: how the views were considered
};

struct PlanFinding
{
    PlanField field;
    int need = -1; ///< index into PlanRevision::needs, or -1
    int activity = -1; ///< index into the need's activities, or -1
    bool operator==(const PlanFinding &) const = default;
};

/**
 * Everything missing before `plan` can be set on `day`: no need, a code not in `catalogue`, an empty goal, an
 * activity without WHEN or BY WHOM, participation incomplete, and for a resident under 18 on `day` (`birthDate`) the
 * child's part (information, views and how considered; or how the view was obtained otherwise). Empty: may be set.
 */
[[nodiscard]] QList<PlanFinding> checkPlan(
    const PlanRevision &plan, const IbicCatalogue &catalogue, const QDate &birthDate, const QDate &day);

/**
 * Whether a goal (not empty) says nothing one could observe ("må bra", "ha det bra", "trivas", or just a word or two):
 * advice, never a refusal. The editor then asks "Hur märker vi att målet är nått?".
 */
[[nodiscard]] bool isVagueGoal(const QString &goal);

} // namespace akten::core
