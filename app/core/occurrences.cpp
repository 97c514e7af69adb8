// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/occurrences.h"

#include "app/core/caretime.h"

#include <QTimeZone>

#include <algorithm>
#include <optional>

namespace akten::core {
namespace {

constexpr qint64 kMinuteMs = 60'000;
constexpr qint64 kDayMs = 24 * 60 * kMinuteMs;

/**
 * Instants of clock times on one care day. careInstantMs() looks up the offsets in force around the day (four zone
 * look-ups a call, the most of building a unit's day); a day 24 hours long has no clock change, so there a clock
 * time is the day's midnight plus the time. On the days the clocks change, careInstantMs() decides as always.
 */
class CareDay
{
public:
    explicit CareDay(const QDate &day)
        : m_day(day)
        , m_startMs(careInstantMs(day, QTime(0, 0)))
        , m_endMs(careInstantMs(day.addDays(1), QTime(0, 0)))
    { }
    [[nodiscard]] const QDate &date() const { return m_day; }
    [[nodiscard]] qint64 startMs() const { return m_startMs; }
    [[nodiscard]] qint64 endMs() const { return m_endMs; }
    [[nodiscard]] qint64 at(const QTime &time) const
    {
        return m_endMs - m_startMs == kDayMs ? m_startMs + time.msecsSinceStartOfDay() : careInstantMs(m_day, time);
    }

private:
    QDate m_day;
    qint64 m_startMs;
    qint64 m_endMs;
};

Occurrence occurrenceOf(const PlanRevision &plan, const PlanActivity &activity, const CareDay &careDay,
    const QTime &time, const SigningWindow &unitDefault)
{
    const QDate &day = careDay.date();
    Occurrence o;
    o.residentId = plan.residentId;
    o.planRevisionId = plan.meta.id;
    o.activityId = activity.id;
    o.description = activity.description;
    o.delegatedHsl = activity.delegatedHsl;
    o.asNeeded = activity.asNeeded;
    o.day = day;
    if (activity.asNeeded) {
        o.plannedMs = careDay.startMs();
        o.opensMs = o.plannedMs;
        o.closesMs = careDay.endMs();
        return o;
    }
    o.time = time;
    o.plannedMs = careDay.at(time);
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
    const CareDay careDay(day);
    for (const PlanNeed &need : plan.needs) {
        for (const PlanActivity &activity : need.activities) {
            if (activity.asNeeded) {
                out.append(occurrenceOf(plan, activity, careDay, {}, unitDefault));
                continue;
            }
            if (!activity.weekdays.isEmpty() && !activity.weekdays.contains(day.dayOfWeek())) {
                continue;
            }
            for (const QTime &time : activity.times) {
                out.append(occurrenceOf(plan, activity, careDay, time, unitDefault));
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
    std::optional<CareDay> careDay; // made when a signature is not taken, which is seldom
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
                if (!careDay) {
                    careDay.emplace(day);
                }
                Occurrence o = occurrenceOf(*plan, activity, *careDay, time, unitDefault);
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
