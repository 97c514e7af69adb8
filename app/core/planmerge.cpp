// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/planmerge.h"

namespace akten::core {
namespace {

/** The side that changed, or the common value; nullopt when both changed differently. */
template<typename T> std::optional<T> merge3(const T &parent, const T &ours, const T &theirs)
{
    if (ours == theirs || theirs == parent) {
        return ours;
    }
    if (ours == parent) {
        return theirs;
    }
    return std::nullopt;
}

/** As merge3, and two additions to the end of the parent's text are both kept (ours first). */
std::optional<QString> mergeText(const QString &parent, const QString &ours, const QString &theirs)
{
    if (auto merged = merge3(parent, ours, theirs)) {
        return merged;
    }
    if (ours.startsWith(parent) && theirs.startsWith(parent)) {
        return ours + theirs.mid(parent.size());
    }
    return std::nullopt;
}

const PlanNeed *findNeed(const QList<PlanNeed> &needs, const Id &id)
{
    const auto found = std::find_if(needs.cbegin(), needs.cend(), [&](const PlanNeed &n) { return n.id == id; });
    return found == needs.cend() ? nullptr : &*found;
}

std::optional<QList<PlanNeed>> mergeNeeds(
    const QList<PlanNeed> &parent, const QList<PlanNeed> &ours, const QList<PlanNeed> &theirs)
{
    QList<PlanNeed> merged;
    // A need on one side only: kept if added there; if the other side removed it, removed unless changed here.
    const auto oneSided = [&](const PlanNeed &need) {
        const PlanNeed *before = findNeed(parent, need.id);
        if (!before) {
            merged.append(need);
        }
        return !before || *before == need;
    };
    for (const PlanNeed &need : ours) {
        const PlanNeed *other = findNeed(theirs, need.id);
        if (!other) {
            if (!oneSided(need)) {
                return std::nullopt;
            }
            continue;
        }
        const PlanNeed *before = findNeed(parent, need.id);
        const auto both
            = before ? merge3(*before, need, *other) : (need == *other ? std::optional(need) : std::nullopt);
        if (!both) {
            return std::nullopt;
        }
        merged.append(*both);
    }
    for (const PlanNeed &need : theirs) {
        if (!findNeed(ours, need.id) && !oneSided(need)) {
            return std::nullopt;
        }
    }
    return merged;
}

} // namespace

std::optional<PlanRevision> mergePlans(const PlanRevision &parent, const PlanRevision &ours, const PlanRevision &theirs)
{
    if (ours.residentId != theirs.residentId || ours.residentId != parent.residentId) {
        return std::nullopt;
    }
    const auto decision = merge3(parent.decisionId, ours.decisionId, theirs.decisionId);
    const auto status = merge3(parent.status, ours.status, theirs.status);
    const auto established = merge3(parent.establishedOn, ours.establishedOn, theirs.establishedOn);
    const auto next = merge3(parent.nextFollowUp, ours.nextFollowUp, theirs.nextFollowUp);
    const auto followUp = merge3(parent.followUp, ours.followUp, theirs.followUp);
    const Participation &p = parent.participation;
    const auto how
        = mergeText(p.howParticipated, ours.participation.howParticipated, theirs.participation.howParticipated);
    const auto views = mergeText(p.views, ours.participation.views, theirs.participation.views);
    const auto relatives = merge3(p.relativesMayBeInformed, ours.participation.relativesMayBeInformed,
        theirs.participation.relativesMayBeInformed);
    const auto easyRead = merge3(
        p.easyReadVersionNeeded, ours.participation.easyReadVersionNeeded, theirs.participation.easyReadVersionNeeded);
    const auto child = merge3(p.child, ours.participation.child, theirs.participation.child);
    const auto present = mergeText(p.present, ours.participation.present, theirs.participation.present);
    const auto needs = mergeNeeds(parent.needs, ours.needs, theirs.needs);
    if (!decision || !status || !established || !next || !followUp || !how || !views || !relatives || !easyRead
        || !child || !present || !needs) {
        return std::nullopt;
    }
    PlanRevision merged = ours;
    merged.decisionId = *decision;
    merged.status = *status;
    merged.establishedOn = *established;
    merged.nextFollowUp = *next;
    merged.followUp = *followUp;
    merged.participation.howParticipated = *how;
    merged.participation.views = *views;
    merged.participation.relativesMayBeInformed = *relatives;
    merged.participation.easyReadVersionNeeded = *easyRead;
    merged.participation.child = *child;
    merged.participation.present = *present;
    merged.needs = *needs;
    return merged;
}

} // namespace akten::core
