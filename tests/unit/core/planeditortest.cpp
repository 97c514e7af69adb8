// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The plan editor's pure rules: catalogue search (words, codes, inflections, å/ä/ö), what a plan needs before it is
// set (goal, WHEN, BY WHOM, participation, the child's part, a known code), the vague-goal advice, and the body's new
// fields surviving the codec while older bodies stay readable.
#include "app/core/cataloguesearch.h"
#include "app/core/plancheck.h"
#include "app/core/plancodec.h"

#include <QTest>

using namespace akten::core;
using namespace Qt::StringLiterals;

namespace {

const IbicCatalogue &catalogue()
{
    static const IbicCatalogue c = IbicCatalogue::bundled().value();
    return c;
}

QStringList codes(const QList<IcfCode> &found)
{
    QStringList result;
    for (const IcfCode &c : found) {
        result.append(c.code);
    }
    return result;
}

/** A plan that may be set: one need with a goal and an activity at 21:30, participation complete. */
PlanRevision completePlan()
{
    PlanRevision plan;
    PlanActivity activity;
    activity.id = idFromString(u"00000000-0000-4000-8000-000000000002"_s);
    activity.description = u"Hjälp med kvällsdusch"_s;
    activity.times = { QTime(21, 30) };
    activity.byWhom = u"Kontaktman"_s;
    PlanNeed need;
    need.id = idFromString(u"00000000-0000-4000-8000-000000000001"_s);
    need.lifeArea = 5;
    need.icfCode = u"d510"_s;
    need.goal = u"Att få stöd med att duscha på kvällen två gånger i veckan"_s;
    need.activities = { activity };
    plan.needs = { need };
    plan.participation.howParticipated = u"Var med hela tiden"_s;
    plan.participation.views = u"Margit vill duscha på kvällen."_s;
    plan.participation.relativesAnswered = true;
    return plan;
}

const QDate kToday(2026, 11, 29);
const QDate kAdult(1941, 3, 2);

bool has(const QList<PlanFinding> &findings, PlanField field)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const PlanFinding &f) { return f.field == field; });
}

} // namespace

class PlanEditorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchFindsWordsCodesAndInflections()
    {
        QCOMPARE(codes(searchCatalogue(catalogue(), u"d510"_s)).first(), u"d510"_s);
        QVERIFY(codes(searchCatalogue(catalogue(), u"D51"_s)).contains(u"d510"_s));
        QCOMPARE(codes(searchCatalogue(catalogue(), u"tvätta"_s)).first(), u"d510"_s);
        QVERIFY(codes(searchCatalogue(catalogue(), u"tvätt"_s)).contains(u"d510"_s));
        QVERIFY(codes(searchCatalogue(catalogue(), u"TVÄTTAR"_s)).contains(u"d510"_s));
        QVERIFY(codes(searchCatalogue(catalogue(), u"tvätta kläder"_s)).contains(u"d6400"_s));
        QVERIFY(!codes(searchCatalogue(catalogue(), u"tvätta kläder"_s)).contains(u"d510"_s));
        QCOMPARE(codes(searchCatalogue(catalogue(), u"klä"_s)).first(), u"d540"_s);
        QVERIFY(codes(searchCatalogue(catalogue(), u"äta"_s)).contains(u"d550"_s));
        // å, ä, ö are letters of their own: "ata" is not "äta", and a word inside another word is not a start.
        QVERIFY(!codes(searchCatalogue(catalogue(), u"ata"_s)).contains(u"d550"_s));
        QVERIFY(!codes(searchCatalogue(catalogue(), u"ätt"_s)).contains(u"d510"_s));
        QVERIFY(searchCatalogue(catalogue(), u"xyzzy"_s).isEmpty());
    }

    void searchNarrowsToAnAreaRecentFirstNoChapters()
    {
        const QStringList area5 = codes(searchCatalogue(catalogue(), QString(), 5));
        QVERIFY(!area5.contains(u"d5"_s));
        QCOMPARE(area5.first(), u"d510"_s);
        QVERIFY(codes(searchCatalogue(catalogue(), u"tvätta"_s, 5)) == QStringList { u"d510"_s });
        const QStringList recent = codes(searchCatalogue(catalogue(), QString(), 5, { u"d550"_s, u"d530"_s }));
        QCOMPARE(recent.mid(0, 2), (QStringList { u"d550"_s, u"d530"_s }));
        QCOMPARE(codes(searchCatalogue(catalogue(), QString(), 10)), QStringList { u"b1528A"_s });
    }

    void aCompletePlanMayBeSet() { QVERIFY(checkPlan(completePlan(), catalogue(), kAdult, kToday).isEmpty()); }

    void eachGapIsNamedAtItsField()
    {
        PlanRevision plan = completePlan();
        plan.needs[0].goal = u"  "_s;
        plan.needs[0].activities[0].times.clear();
        plan.needs[0].activities[0].byWhom.clear();
        plan.participation = {};
        plan.participation.relativesAnswered = false;
        const auto findings = checkPlan(plan, catalogue(), kAdult, kToday);
        QVERIFY(findings.contains(PlanFinding { PlanField::Goal, 0 }));
        QVERIFY(findings.contains((PlanFinding { PlanField::ActivityWhen, 0, 0 })));
        QVERIFY(findings.contains((PlanFinding { PlanField::ActivityByWhom, 0, 0 })));
        QVERIFY(has(findings, PlanField::HowParticipated));
        QVERIFY(has(findings, PlanField::Views));
        QVERIFY(has(findings, PlanField::RelativesInformed));
        QVERIFY(!has(findings, PlanField::ChildViews)); // an adult
        QVERIFY(has(checkPlan(PlanRevision {}, catalogue(), kAdult, kToday), PlanField::Needs));
    }

    void whenMayBeASituationOrAsNeeded()
    {
        PlanRevision plan = completePlan();
        plan.needs[0].activities[0].times.clear();
        plan.needs[0].activities[0].asNeeded = true;
        QVERIFY(checkPlan(plan, catalogue(), kAdult, kToday).isEmpty());
        plan.needs[0].activities[0].asNeeded = false;
        plan.needs[0].activities[0].when = u"När Margit kommer hem från dagverksamheten"_s;
        QVERIFY(checkPlan(plan, catalogue(), kAdult, kToday).isEmpty());
    }

    void aCodeMustBeInTheCatalogueAndItsArea()
    {
        PlanRevision plan = completePlan();
        plan.needs[0].icfCode = u"d999"_s;
        QVERIFY(checkPlan(plan, catalogue(), kAdult, kToday).contains(PlanFinding { PlanField::IcfCode, 0 }));
        plan.needs[0].icfCode = u"d5"_s; // a chapter is not a need
        QVERIFY(has(checkPlan(plan, catalogue(), kAdult, kToday), PlanField::IcfCode));
        plan.needs[0].icfCode = u"d550"_s;
        plan.needs[0].lifeArea = 4; // eating is not mobility
        QVERIFY(has(checkPlan(plan, catalogue(), kAdult, kToday), PlanField::IcfCode));
    }

    void aChildsPartIsRequiredUntilTheEighteenthBirthday()
    {
        const QDate seventeen(2008, 11, 30); // 18 tomorrow
        PlanRevision plan = completePlan();
        auto findings = checkPlan(plan, catalogue(), seventeen, kToday);
        QVERIFY(has(findings, PlanField::ChildInformation));
        QVERIFY(has(findings, PlanField::ChildViews));
        QVERIFY(has(findings, PlanField::ChildConsidered));
        QVERIFY(checkPlan(plan, catalogue(), seventeen, kToday.addDays(1)).isEmpty());
        plan.participation.child
            = { u"Samtal 2026-11-20 med bildstöd"_s, u"Vill bada på lördagar"_s, u"Badet flyttat till lördag"_s, {} };
        QVERIFY(checkPlan(plan, catalogue(), seventeen, kToday).isEmpty());
        plan.participation.child = { {}, {}, {}, u"Genom observation och samtal med pappa"_s };
        QVERIFY(checkPlan(plan, catalogue(), seventeen, kToday).isEmpty());
    }

    void vagueGoalsGetAdvice()
    {
        QVERIFY(isVagueGoal(u"Att må bra"_s));
        QVERIFY(isVagueGoal(u"Margit ska ha det bra"_s));
        QVERIFY(isVagueGoal(u"Att trivas på boendet"_s));
        QVERIFY(isVagueGoal(u"Trygghet"_s));
        QVERIFY(!isVagueGoal(QString()));
        QVERIFY(!isVagueGoal(u"Att åter kunna gå till matsalen med rollator varje dag"_s));
        QVERIFY(!isVagueGoal(u"Att trivas genom att få gå ut i trädgården med personal två gånger i veckan"_s));
    }

    void newFieldsSurviveTheCodecAndOldBodiesStayReadable()
    {
        PlanRevision plan = completePlan();
        plan.needs[0].ownView = u"Jag vill klara mig själv"_s;
        plan.needs[0].activities[0].ownPart = u"Det gör Margit själv: tvättar ansiktet"_s;
        plan.needs[0].activities[0].wish = u"Kvinnlig personal"_s;
        plan.needs[0].activities[0].wishNotMet = u"Margit tillfrågas först"_s;
        plan.participation.present = u"Margit, dottern Eva, Anna undersköterska"_s;
        plan.participation.child = { u"a"_s, u"b"_s, u"c"_s, {} };
        plan.shortFirstPlan = true;
        PlanRevision back;
        QVERIFY(decodePlanBody(encodePlanBody(plan), back).ok());
        QCOMPARE(back.needs, plan.needs);
        QCOMPARE(back.participation, plan.participation);
        QVERIFY(back.shortFirstPlan);

        const QByteArray old = R"({"v":1,"participation":{"how":"Var med","views":"","relativesMayBeInformed":true,)"
                               R"("easyRead":false},"needs":[]})";
        PlanRevision oldPlan;
        QVERIFY(decodePlanBody(old, oldPlan).ok());
        QVERIFY(oldPlan.participation.relativesAnswered);
        QVERIFY(!oldPlan.shortFirstPlan);
        QVERIFY(oldPlan.participation.child.isEmpty());

        QByteArray bad = encodePlanBody(plan);
        bad.replace("\"informed\":\"a\"", "\"informed\":7");
        PlanRevision untouched;
        QVERIFY(!decodePlanBody(bad, untouched).ok());
        QVERIFY(untouched.needs.isEmpty()); // refused whole
    }
};

QTEST_GUILESS_MAIN(PlanEditorTest)
#include "planeditortest.moc"
