// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Signing-list occurrences: when a plan's activities are due, and what their signatures say about them.
// Pure rules on values (no clock of its own, no I/O), so they are tested across DST changes and midnight.
#pragma once

#include "app/core/masterdata.h"
#include "app/core/plan.h"
#include "app/core/signing.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QTime>

#include <functional>

namespace akten::core {

/** One occasion to do an activity of a resident's plan: the row staff sign. */
struct Occurrence
{
    Id residentId;
    Id planRevisionId;
    Id activityId;
    QString description;
    bool delegatedHsl = false;
    bool asNeeded = false; ///< "vid behov": one row a day, signable any time, every signature counted
    QDate day; ///< the care day the occurrence belongs to
    QTime time; ///< the planned clock time (care time zone); invalid when as needed
    qint64 plannedMs = 0; ///< the planned instant (as needed: the start of the day)
    qint64 opensMs = 0; ///< a signature from here …
    qint64 closesMs = 0; ///< … to here is on time; unsigned after it = missed, signed after it = late

    /** The key a signature carries for it (Signature::plannedFor, UTC). */
    [[nodiscard]] QDateTime plannedFor() const;
};

/** What an occurrence is now. */
enum class OccurrenceState {
    Upcoming, ///< its window has not opened
    Due, ///< the window is open and the time has not passed
    Overdue, ///< the time has passed, the window is still open (Försenad)
    Missed, ///< the window has closed with no signature (still signable: the signature is then late)
    Done,
    NotDone,
    AsNeeded, ///< as needed and not signed today
};

/** An occurrence's state with the signatures behind it. */
struct OccurrenceStatus
{
    OccurrenceState state = OccurrenceState::Upcoming;
    QList<Signature> valid; ///< signatures that stand, oldest first; two or more for a timed one = signed twice
    QList<Signature> retracted; ///< retracted (makulerade) ones, still shown
    [[nodiscard]] bool signedTwice(const Occurrence &o) const { return !o.asNeeded && valid.size() > 1; }
};

/**
 * The occurrences of `plan` on `day` (care time zone), in time order: one per activity time on the activity's
 * weekdays, one row per as-needed activity. Windows come from the activity or else `unitDefault`.
 */
[[nodiscard]] QList<Occurrence> occurrencesOn(
    const PlanRevision &plan, const QDate &day, const SigningWindow &unitDefault);

/** Whether `signature` is for `occurrence` (same activity and planned instant; as needed: same activity and day). */
[[nodiscard]] bool belongsTo(const Signature &signature, const Occurrence &occurrence);

/** The state of `occurrence` at `nowMs` given the day's signatures and the ids of retracted signatures. */
[[nodiscard]] OccurrenceStatus statusOf(
    const Occurrence &occurrence, const QList<Signature> &signatures, const QSet<Id> &retracted, qint64 nowMs);

/**
 * Occurrences of signatures that no occurrence in `current` takes, rebuilt from the revision they were signed under
 * (`revision` looks it up; null if unknown): a plan revised during the day keeps what was already signed.
 */
[[nodiscard]] QList<Occurrence> keptFromEarlierRevisions(const QList<Occurrence> &current,
    const QList<Signature> &signatures, const std::function<const PlanRevision *(const Id &)> &revision,
    const QDate &day, const SigningWindow &unitDefault);

} // namespace akten::core
