// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "core/occurrences.h"

#include "core/caretime.h"

#include <QTimeZone>

#include <algorithm>

namespace akten::core {
namespace {

constexpr qint64 kMinuteMs = 60'000;

Occurrence occurrenceOf(const PlanRevision &plan, const PlanActivity &activity, const QDate &day, const QTime &time,
    const SigningWindow &unitDefault)
{
    Occurrence o;
    o.residentId = plan.residentId;
    o.planRevisionId = plan.meta.id;
    o.activityId = activity.id;
    o.description = activity.description;
    o.delegatedHsl = activity.delegatedHsl;
    o.asNeeded = activity.asNeeded;
    o.day = day;
    if (activity.asNeeded) {
        o.plannedMs = careInstantMs(day, QTime(0, 0));
        o.opensMs = o.plannedMs;
        o.closesMs = careInstantMs(day.addDays(1), QTime(0, 0));
        return o;
    }
    o.time = time;
    o.plannedMs = careInstantMs(day, time);
    o.opensMs = o.plannedMs - activity.windowBeforeMinutes.value_or(unitDefault.beforeMinutes) * kMinuteMs;
    o.closesMs = o.plannedMs + activity.windowAfterMinutes.value_or(unitDefault.afterMinutes) * kMinuteMs;
    return o;
}

void sortByTime(QList<Occurrence> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const Occurrence &a, const Occurrence &b) {
        if (a.asNeeded != b.asNeeded) {
            return !a.asNeeded; // timed ones first, as needed at the end
        }
        return a.plannedMs != b.plannedMs ? a.plannedMs < b.plannedMs : a.description < b.description;
    });
}

} // namespace

QDateTime Occurrence::plannedFor() const
{
    return QDateTime::fromMSecsSinceEpoch(plannedMs, QTimeZone::utc());
}

QList<Occurrence> occurrencesOn(const PlanRevision &plan, const QDate &day, const SigningWindow &unitDefault)
{
    QList<Occurrence> out;
    for (const PlanNeed &need : plan.needs) {
        for (const PlanActivity &activity : need.activities) {
            if (activity.asNeeded) {
                out.append(occurrenceOf(plan, activity, day, {}, unitDefault));
                continue;
            }
            if (!activity.weekdays.isEmpty() && !activity.weekdays.contains(day.dayOfWeek())) {
                continue;
            }
            for (const QTime &time : activity.times) {
                out.append(occurrenceOf(plan, activity, day, time, unitDefault));
            }
        }
    }
    sortByTime(out);
    return out;
}

bool belongsTo(const Signature &signature, const Occurrence &occurrence)
{
    if (signature.activityId != occurrence.activityId || signature.residentId != occurrence.residentId) {
        return false;
    }
    if (occurrence.asNeeded) {
        return careDate(signature.plannedFor.toMSecsSinceEpoch()) == occurrence.day;
    }
    return signature.plannedFor.toMSecsSinceEpoch() == occurrence.plannedMs;
}

OccurrenceStatus statusOf(
    const Occurrence &occurrence, const QList<Signature> &signatures, const QSet<Id> &retracted, qint64 nowMs)
{
    OccurrenceStatus status;
    for (const Signature &s : signatures) {
        if (belongsTo(s, occurrence)) {
            (retracted.contains(s.meta.id) ? status.retracted : status.valid).append(s);
        }
    }
    const auto byHlc = [](const Signature &a, const Signature &b) { return a.meta.hlc < b.meta.hlc; };
    std::sort(status.valid.begin(), status.valid.end(), byHlc);
    std::sort(status.retracted.begin(), status.retracted.end(), byHlc);
    if (!status.valid.isEmpty()) {
        status.state = status.valid.constLast().outcome == SignatureOutcome::Done ? OccurrenceState::Done
                                                                                  : OccurrenceState::NotDone;
    } else if (occurrence.asNeeded) {
        status.state = OccurrenceState::AsNeeded;
    } else if (nowMs < occurrence.opensMs) {
        status.state = OccurrenceState::Upcoming;
    } else if (nowMs <= occurrence.plannedMs) {
        status.state = OccurrenceState::Due;
    } else if (nowMs <= occurrence.closesMs) {
        status.state = OccurrenceState::Overdue;
    } else {
        status.state = OccurrenceState::Missed;
    }
    return status;
}

QList<Occurrence> keptFromEarlierRevisions(const QList<Occurrence> &current, const QList<Signature> &signatures,
    const std::function<const PlanRevision *(const Id &)> &revision, const QDate &day, const SigningWindow &unitDefault)
{
    QList<Occurrence> kept;
    for (const Signature &s : signatures) {
        const auto taken = [&s](const Occurrence &o) { return belongsTo(s, o); };
        if (std::any_of(current.cbegin(), current.cend(), taken) || std::any_of(kept.cbegin(), kept.cend(), taken)) {
            continue;
        }
        const PlanRevision *plan = revision(s.planRevisionId);
        if (!plan) {
            continue;
        }
        for (const PlanNeed &need : plan->needs) {
            for (const PlanActivity &activity : need.activities) {
                if (activity.id != s.activityId) {
                    continue;
                }
                const QTime time = activity.asNeeded
                    ? QTime()
                    : QDateTime::fromMSecsSinceEpoch(s.plannedFor.toMSecsSinceEpoch(), careTimeZone()).time();
                Occurrence o = occurrenceOf(*plan, activity, day, time, unitDefault);
                if (!activity.asNeeded) {
                    o.plannedMs = s.plannedFor.toMSecsSinceEpoch(); // exactly the signed key, whatever the DST
                }
                if (belongsTo(s, o)) {
                    kept.append(o);
                }
            }
        }
    }
    sortByTime(kept);
    return kept;
}

} // namespace akten::core
