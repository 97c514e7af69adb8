// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/deadlines.h"

#include "app/core/caretime.h"
#include "app/core/rules.h"

#include <algorithm>

namespace akten::core {

namespace {

bool isSet(const PlanRevision &revision)
{
    return revision.status == PlanStatus::Established && revision.establishedOn.isValid();
}

/** The day the follow-up clock last started: the newest set revision or follow-up (invalid without a set plan). */
QDate followUpClockStart(const DeadlineFacts &facts)
{
    QDate start;
    bool planSet = false;
    for (const PlanRevision &revision : facts.revisions) {
        if (!isSet(revision)) {
            continue;
        }
        planSet = true;
        start = std::max(start, revision.establishedOn);
        if (revision.followUp && revision.followUp->date.isValid()) {
            start = std::max(start, revision.followUp->date);
        }
    }
    if (!planSet) {
        return {};
    }
    for (const QDate &date : facts.followUpDates) {
        start = std::max(start, date);
    }
    return start;
}

void takeEarlier(PlanDeadline &next, DeadlineKind kind, const QDate &due, const Id &decisionId)
{
    if (next.kind == DeadlineKind::None || due < next.due) {
        next.kind = kind;
        next.due = due;
        next.decisionId = decisionId;
    }
}

} // namespace

PlanDeadline nextPlanDeadline(const DeadlineFacts &facts, const QDate &today)
{
    PlanDeadline next;
    for (const Decision &decision : facts.decisions) {
        if (decision.validTo && *decision.validTo < today) {
            continue; // ended: no plan is due for it any more
        }
        const bool implemented = std::any_of(facts.revisions.cbegin(), facts.revisions.cend(),
            [&](const PlanRevision &r) { return isSet(r) && r.decisionId == decision.id; });
        if (!implemented && decision.validFrom.isValid()) {
            takeEarlier(next, DeadlineKind::Plan, planDueBy(decision.validFrom), decision.id);
        }
    }
    if (const QDate start = followUpClockStart(facts); start.isValid()) {
        takeEarlier(next, DeadlineKind::FollowUp, followUpDueBy(start, facts.birthDate), {});
    }
    if (next.kind != DeadlineKind::None) {
        next.daysLeft = int(today.daysTo(next.due));
    }
    return next;
}

PlanDeadline nextPlanDeadlineAt(const DeadlineFacts &facts, qint64 nowMs)
{
    return nextPlanDeadline(facts, careDate(nowMs));
}

} // namespace akten::core
