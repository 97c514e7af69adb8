// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/followup.h"

#include "app/core/codetable.h"
#include "app/core/enums.h"
#include "app/core/ids.h"

#include <QJsonArray>
#include <QStringList>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace akten::core {

namespace {

constexpr CodeTable<FollowUpAnswer, 4> kAnswers { { { FollowUpAnswer::Yes, "yes" },
    { FollowUpAnswer::Partly, "partly" }, { FollowUpAnswer::No, "no" }, { FollowUpAnswer::Declined, "declined" } } };
constexpr CodeTable<FollowUpOutcome, 3> kOutcomes { { { FollowUpOutcome::Continue, "continue" },
    { FollowUpOutcome::Revise, "revise" }, { FollowUpOutcome::ContactCaseOfficer, "contact_case_officer" } } };
constexpr CodeTable<CaseOfficerReason, 4> kReasons { { { CaseOfficerReason::None, "" },
    { CaseOfficerReason::NeedsMore, "needs_more" }, { CaseOfficerReason::NeedsLess, "needs_less" },
    { CaseOfficerReason::Ended, "ended" } } };

QString goalResultSv(GoalResult r)
{
    switch (r) {
    case GoalResult::Achieved:
        return u"uppnått"_s;
    case GoalResult::PartlyAchieved:
        return u"delvis uppnått"_s;
    case GoalResult::NotAchieved:
        return u"ej uppnått"_s;
    }
    return {};
}

QString reasonSv(CaseOfficerReason r)
{
    switch (r) {
    case CaseOfficerReason::NeedsMore:
        return u"behöver mer stöd"_s;
    case CaseOfficerReason::NeedsLess:
        return u"behöver mindre stöd"_s;
    case CaseOfficerReason::Ended:
        return u"behovet har upphört"_s;
    case CaseOfficerReason::None:
        break;
    }
    return {};
}

QJsonValue answerJson(const std::optional<FollowUpAnswer> &a)
{
    return a ? QJsonValue(toCode(*a)) : QJsonValue();
}

} // namespace

QString toCode(FollowUpAnswer v)
{
    return codeOf(kAnswers, v);
}
QString toCode(FollowUpOutcome v)
{
    return codeOf(kOutcomes, v);
}
QString toCode(CaseOfficerReason v)
{
    return codeOf(kReasons, v);
}
std::optional<FollowUpOutcome> followUpOutcomeFromCode(const QString &code)
{
    return valueOf(kOutcomes, code);
}

QString labelSv(FollowUpAnswer v)
{
    switch (v) {
    case FollowUpAnswer::Yes:
        return u"Ja"_s;
    case FollowUpAnswer::Partly:
        return u"Delvis"_s;
    case FollowUpAnswer::No:
        return u"Nej"_s;
    case FollowUpAnswer::Declined:
        return u"Vill inte svara"_s;
    }
    return {};
}

QString labelSv(FollowUpOutcome v)
{
    switch (v) {
    case FollowUpOutcome::Continue:
        return u"Fortsätt som nu"_s;
    case FollowUpOutcome::Revise:
        return u"Revidera planen"_s;
    case FollowUpOutcome::ContactCaseOfficer:
        return u"Kontakta handläggaren"_s;
    }
    return {};
}

QList<FollowUpGap> checkFollowUp(const PlanFollowUpRecord &f)
{
    QList<FollowUpGap> gaps;
    for (int i = 0; i < f.goals.size(); ++i) {
        if (!f.goals.at(i).result) {
            gaps.append(
                { FollowUpField::GoalResult, i, u"Välj om målet är uppnått, delvis uppnått eller ej uppnått."_s });
        }
    }
    const QString unanswered = u"Välj den boendes svar, eller ”Vill inte svara”."_s;
    if (!f.benefit) {
        gaps.append({ FollowUpField::Benefit, -1, unanswered });
    }
    if (!f.value) {
        gaps.append({ FollowUpField::Value, -1, unanswered });
    }
    if (!f.quality) {
        gaps.append({ FollowUpField::Quality, -1, unanswered });
    }
    if (!f.outcome) {
        gaps.append({ FollowUpField::Outcome, -1, u"Välj vad som händer nu."_s });
    } else if (*f.outcome == FollowUpOutcome::ContactCaseOfficer && f.reason == CaseOfficerReason::None) {
        gaps.append({ FollowUpField::Reason, -1, u"Välj varför handläggaren ska kontaktas."_s });
    }
    return gaps;
}

QString followUpJournalText(const PlanFollowUpRecord &f)
{
    QStringList lines { u"Genomförandeplanen uppföljd tillsammans med den enskilde."_s };
    for (const GoalFollowUp &goal : f.goals) {
        QString words = goal.goal.trimmed();
        if (words.endsWith(u'.')) {
            words.chop(1); // "Att få sina läkemedel i rätt tid – uppnått.", not "tid. – uppnått."
        }
        QString line = u"Mål: %1 – %2."_s.arg(words, goal.result ? goalResultSv(*goal.result) : u"ej bedömt"_s);
        if (!goal.comment.trimmed().isEmpty()) {
            line += u" "_s + goal.comment.trimmed();
        }
        lines << line;
    }
    const auto answer = [](const std::optional<FollowUpAnswer> &a) { return a ? labelSv(*a) : u"–"_s; };
    lines << u"Hjälper stödet dig? %1. Blir livet bättre? %2. Är du nöjd? %3."_s.arg(
        answer(f.benefit), answer(f.value), answer(f.quality));
    if (f.outcome) {
        QString next = u"Beslut: %1"_s.arg(labelSv(*f.outcome));
        if (*f.outcome == FollowUpOutcome::ContactCaseOfficer && f.reason != CaseOfficerReason::None) {
            next += u" (%1)"_s.arg(reasonSv(f.reason));
        }
        lines << next + u"."_s;
    }
    return lines.join(u"\n"_s);
}

QJsonObject encodeFollowUpBody(const PlanFollowUpRecord &f)
{
    QJsonArray goals;
    for (const GoalFollowUp &g : f.goals) {
        goals.append(QJsonObject { { u"need"_s, idToString(g.needId) }, { u"goal"_s, g.goal },
            { u"result"_s, g.result ? QJsonValue(toCode(*g.result)) : QJsonValue() }, { u"comment"_s, g.comment } });
    }
    return { { u"goals"_s, goals }, { u"benefit"_s, answerJson(f.benefit) }, { u"value"_s, answerJson(f.value) },
        { u"quality"_s, answerJson(f.quality) }, { u"reason"_s, toCode(f.reason) } };
}

bool decodeFollowUpBody(const QJsonObject &body, PlanFollowUpRecord &f)
{
    if (!body.value(u"goals"_s).isArray()) {
        return false;
    }
    f.goals.clear();
    for (const QJsonValue &v : body.value(u"goals"_s).toArray()) {
        const QJsonObject g = v.toObject();
        const Id need = idFromString(g.value(u"need"_s).toString());
        const auto result = fromCode<GoalResult>(g.value(u"result"_s).toString());
        if (need.isNull() || !result) {
            return false;
        }
        f.goals.append({ need, g.value(u"goal"_s).toString(), result, g.value(u"comment"_s).toString() });
    }
    f.benefit = valueOf(kAnswers, body.value(u"benefit"_s).toString());
    f.value = valueOf(kAnswers, body.value(u"value"_s).toString());
    f.quality = valueOf(kAnswers, body.value(u"quality"_s).toString());
    const auto reason = valueOf(kReasons, body.value(u"reason"_s).toString());
    f.reason = reason.value_or(CaseOfficerReason::None);
    return f.benefit && f.value && f.quality && reason;
}

} // namespace akten::core
