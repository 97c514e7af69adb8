// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A resident's next plan deadline from the guideline's rules (domain.md D2, D8; core/rules.h): a plan for every
// decision no later than 3 weeks after its insatser started, and a follow-up at least every 6 months for adults and
// 4 months for children, counted from the newest set revision or follow-up. Pure functions over care dates.
#pragma once

#include "app/core/masterdata.h"
#include "app/core/plan.h"

#include <QDate>
#include <QList>

namespace akten::core {

enum class DeadlineKind {
    None, ///< nothing is due (no decision in force and no plan)
    Plan, ///< a plan must be set for a decision (its insatser started)
    FollowUp, ///< the set plan must be followed up
};

/** What is due next for one resident, and when. */
struct PlanDeadline
{
    DeadlineKind kind = DeadlineKind::None;
    QDate due; ///< the last day (care date) it may be done
    int daysLeft = 0; ///< due − today; negative when overdue
    Id decisionId; ///< Plan: the decision the plan is due for
    [[nodiscard]] bool overdue() const { return kind != DeadlineKind::None && daysLeft < 0; }
};

/** What the rules read of one resident. */
struct DeadlineFacts
{
    QDate birthDate; ///< invalid: treated as an adult
    QList<Decision> decisions;
    QList<PlanRevision> revisions; ///< every revision; drafts are ignored
    QList<QDate> followUpDates; ///< the dates of the resident's recorded follow-ups
};

/**
 * The earliest of: for each decision in force today (or starting later) that no set revision implements, the
 * 3-week plan deadline from its start (the decision's valid-from, the day its insatser start); and, once a plan is
 * set, the follow-up deadline from the newest set revision or follow-up, 4 months if the resident was under 18 on
 * that day, else 6 months. A revision restarts the follow-up clock like a follow-up does.
 */
[[nodiscard]] PlanDeadline nextPlanDeadline(const DeadlineFacts &facts, const QDate &today);
/** The same with today as the care date (Europe/Stockholm) at `nowMs`. */
[[nodiscard]] PlanDeadline nextPlanDeadlineAt(const DeadlineFacts &facts, qint64 nowMs);

} // namespace akten::core
