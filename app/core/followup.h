// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// A follow-up of a set implementation plan with the resident (domain.md D2; ux.md "Uppföljning"): per goal
// uppnått / delvis / ej uppnått with a comment, the guideline's three questions (NYTTA, VÄRDE, KVALITET) to the
// resident, and what happens next. An immutable record (append-only). Sensitive: the comments are personal data.
#pragma once

#include "app/core/plan.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace akten::core {

/** The resident's answer to one of the three questions. */
enum class FollowUpAnswer { Yes, Partly, No, Declined };
/** What happens after the follow-up. */
enum class FollowUpOutcome { Continue, Revise, ContactCaseOfficer };
/** Why the case officer (handläggaren) is contacted. */
enum class CaseOfficerReason { None, NeedsMore, NeedsLess, Ended };

struct GoalFollowUp
{
    Id needId;
    QString goal; ///< the goal as the plan worded it, kept with the result
    std::optional<GoalResult> result;
    QString comment;
    bool operator==(const GoalFollowUp &) const = default;
};

struct PlanFollowUpRecord
{
    RecordMeta meta;
    Id residentId;
    Id revisionId; ///< the set revision followed up
    QDate date; ///< the care date of the follow-up
    QList<GoalFollowUp> goals;
    std::optional<FollowUpAnswer> benefit; ///< NYTTA "Hjälper stödet dig?"
    std::optional<FollowUpAnswer> value; ///< VÄRDE "Blir livet bättre?"
    std::optional<FollowUpAnswer> quality; ///< KVALITET "Är du nöjd?"
    std::optional<FollowUpOutcome> outcome;
    CaseOfficerReason reason = CaseOfficerReason::None; ///< ContactCaseOfficer only
};

enum class FollowUpField { GoalResult, Benefit, Value, Quality, Outcome, Reason };
/** Something missing, said at the field in Swedish. `goalIndex` for GoalResult. */
struct FollowUpGap
{
    FollowUpField field;
    int goalIndex = -1;
    QString messageSv;
};

/** What is missing before the follow-up may be saved; empty = complete. */
[[nodiscard]] QList<FollowUpGap> checkFollowUp(const PlanFollowUpRecord &followUp);
/** The automatic journal entry's text: "Genomförandeplanen uppföljd." and a readable summary, no codes. */
[[nodiscard]] QString followUpJournalText(const PlanFollowUpRecord &followUp);

[[nodiscard]] QString toCode(FollowUpAnswer v);
[[nodiscard]] QString toCode(FollowUpOutcome v);
[[nodiscard]] QString toCode(CaseOfficerReason v);
[[nodiscard]] QString labelSv(FollowUpAnswer v);
[[nodiscard]] QString labelSv(FollowUpOutcome v);

/** The record's body (goals, answers, reason) as stored in the follow-up's row; decoding refuses a partial body. */
[[nodiscard]] QJsonObject encodeFollowUpBody(const PlanFollowUpRecord &followUp);
[[nodiscard]] bool decodeFollowUpBody(const QJsonObject &body, PlanFollowUpRecord &followUp);
[[nodiscard]] std::optional<FollowUpOutcome> followUpOutcomeFromCode(const QString &code);

} // namespace akten::core
