// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The implementation plan (genomförandeplan) as an immutable, versioned document structured by IBIC.
// Sensitive: every text field is personal data.
#pragma once

#include "app/core/recordmeta.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace akten::core {

/** ICF problem grade (bedömningsskala): 0–4, 8 not specified, 9 not applicable. */
enum class ProblemGrade {
    None = 0,
    Mild = 1,
    Moderate = 2,
    Severe = 3,
    Complete = 4,
    NotSpecified = 8,
    NotApplicable = 9
};
enum class GoalResult { Achieved, PartlyAchieved, NotAchieved };
/** Working mode of an activity: supporting/training the resident's own ability, or compensating for it. */
enum class WorkingMode { Supporting, Compensating };
enum class PlanStatus { Draft, Established };

/** How, when and by whom a need is met; the source of signing-list items (core/occurrences.h). */
struct PlanActivity
{
    Id id;
    QString description;
    QString how; ///< HUR: what staff do and what the resident does themself
    QString when; ///< NÄR: times, days, situations, in words
    QList<QTime> times; ///< clock times (care time zone) that put the activity on the signing list
    QList<int> weekdays; ///< ISO weekdays 1 (Monday) … 7 on which the times apply; empty = every day
    bool asNeeded = false; ///< "vid behov": no times; signable any time, each signature counted
    std::optional<int> windowBeforeMinutes; ///< a signature this early is on time; unset = the unit's default
    std::optional<int> windowAfterMinutes; ///< …and this late; after it the occurrence is missed
    QString byWhom; ///< AV VEM: role, kontaktman, wishes (e.g. female staff) and what applies otherwise
    WorkingMode mode = WorkingMode::Supporting;
    Id insatsId; ///< the granted insats this activity implements
    bool delegatedHsl = false; ///< a delegated health-care task (HSL): marked and kept apart on signing lists
    QString ownPart {}; ///< what the resident does themself ("Det gör Margit själv")
    QString wish {}; ///< the resident's wish, e.g. female staff
    QString wishNotMet {}; ///< what applies when the wish cannot be met
    bool operator==(const PlanActivity &) const = default;
};

/** One need in an IBIC life area, coded with ICF. */
struct PlanNeed
{
    Id id;
    int lifeArea = 0; ///< IBIC area 1–11
    QString icfCode; ///< e.g. "d510"
    ProblemGrade grade = ProblemGrade::NotSpecified;
    QString ownResources; ///< the resident's own resources
    QString goal; ///< individual, measurable goal ("Att få stöd med…")
    QList<PlanActivity> activities;
    QString ownView {}; ///< the resident's view in their own words ("Med egna ord"), kept apart from the grade
    bool operator==(const PlanNeed &) const = default;
};

/** A child's part in their plan (D8): what they were told, their views and how they counted, or how obtained. */
struct ChildPart
{
    QString informationGiven; ///< when and how the child was informed
    QString views; ///< the child's views
    QString considered; ///< how the views were considered
    QString obtainedOtherwise; ///< how the child's view was obtained otherwise (instead of the three above)
    [[nodiscard]] bool isEmpty() const
    {
        return informationGiven.isEmpty() && views.isEmpty() && considered.isEmpty() && obtainedOtherwise.isEmpty();
    }
    bool operator==(const ChildPart &) const = default;
};

/** How the resident took part in planning, and what relatives may be told. Required in every plan. */
struct Participation
{
    QString howParticipated; ///< or why not
    QString views; ///< who said what: resident, representative, relative
    bool relativesMayBeInformed = false;
    bool easyReadVersionNeeded = false;
    bool relativesAnswered = true; ///< false while the editor has not asked whether relatives may be told
    QString present {}; ///< the people who took part when the plan was set (names and titles or relations)
    ChildPart child {}; ///< only for a resident under 18 on the plan's date (D8)
    bool operator==(const Participation &) const = default;
};

/** A follow-up of a plan (NYTTA, VÄRDE, KVALITET) with a goal result per need. */
struct FollowUp
{
    QDate date;
    QString benefit; ///< NYTTA
    QString value; ///< VÄRDE
    QString quality; ///< KVALITET
    QList<QPair<Id, GoalResult>> goalResults; ///< need id → result
    bool operator==(const FollowUp &) const = default;
};

/** One immutable revision of a resident's implementation plan; revisions form a DAG through parentIds. */
struct PlanRevision
{
    RecordMeta meta;
    Id residentId;
    Id decisionId;
    QList<Id> parentIds; ///< empty for the first plan; two for a merge revision
    PlanStatus status = PlanStatus::Draft;
    QDate establishedOn;
    QDate nextFollowUp;
    Participation participation;
    QList<PlanNeed> needs;
    std::optional<FollowUp> followUp; ///< set when this revision records a follow-up
    bool shortFirstPlan = false; ///< a quick first plan (D2): shown as such until a revision replaces it
    /// The IBIC/ICF catalogue version its codes were chosen from ("" in plans set before it was kept); a code a later
    /// catalogue retires still reads as the code it was.
    QString catalogueVersion {};
};

} // namespace akten::core
