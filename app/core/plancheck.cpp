// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/plancheck.h"

#include "app/core/rules.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

// Phrases with no observable content (the guideline's examples of goals that cannot be followed up).
constexpr std::array kVaguePhrases { u"må bra", u"mår bra", u"ha det bra", u"har det bra", u"trivas", u"trivs",
    u"känna sig bra", u"känna välbefinnande", u"vara nöjd", u"ha en bra dag", u"ha ett gott liv" };
// A goal this short with a vague phrase has nothing else in it ("Att må bra och trivas på boendet").
constexpr qsizetype kVagueMaxWords = 7;
constexpr qsizetype kFewestWords = 3;

bool blank(const QString &s)
{
    return s.trimmed().isEmpty();
}

} // namespace

QList<PlanFinding> checkPlan(
    const PlanRevision &plan, const IbicCatalogue &catalogue, const QDate &birthDate, const QDate &day)
{
    QList<PlanFinding> findings;
    if (plan.needs.isEmpty()) {
        findings.append({ PlanField::Needs });
    }
    for (int n = 0; n < plan.needs.size(); ++n) {
        const PlanNeed &need = plan.needs.at(n);
        const auto code = catalogue.find(need.icfCode);
        if (!code || code->isChapter || code->lifeArea != need.lifeArea) {
            findings.append({ PlanField::IcfCode, n });
        }
        if (blank(need.goal)) {
            findings.append({ PlanField::Goal, n });
        }
        for (int a = 0; a < need.activities.size(); ++a) {
            const PlanActivity &activity = need.activities.at(a);
            if (activity.times.isEmpty() && !activity.asNeeded && blank(activity.when)) {
                findings.append({ PlanField::ActivityWhen, n, a });
            }
            if (blank(activity.byWhom)) {
                findings.append({ PlanField::ActivityByWhom, n, a });
            }
        }
    }
    const Participation &p = plan.participation;
    if (blank(p.howParticipated)) {
        findings.append({ PlanField::HowParticipated });
    }
    if (blank(p.views)) {
        findings.append({ PlanField::Views });
    }
    if (!p.relativesAnswered) {
        findings.append({ PlanField::RelativesInformed });
    }
    if (birthDate.isValid() && ageOn(birthDate, day) < 18 && blank(p.child.obtainedOtherwise)) {
        if (blank(p.child.informationGiven)) {
            findings.append({ PlanField::ChildInformation });
        }
        if (blank(p.child.views)) {
            findings.append({ PlanField::ChildViews });
        }
        if (blank(p.child.considered)) {
            findings.append({ PlanField::ChildConsidered });
        }
    }
    return findings;
}

bool isVagueGoal(const QString &goal)
{
    static const QRegularExpression space(u"\\s+"_s);
    const QString text = goal.toLower().simplified();
    if (text.isEmpty()) {
        return false; // an empty goal is a missing field, not advice
    }
    const qsizetype wordCount = text.split(space, Qt::SkipEmptyParts).size();
    if (wordCount < kFewestWords) {
        return true;
    }
    for (const char16_t *phrase : kVaguePhrases) {
        if (text.contains(QString::fromUtf16(phrase)) && wordCount <= kVagueMaxWords) {
            return true;
        }
    }
    return false;
}

} // namespace akten::core
