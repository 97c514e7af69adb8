// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Three-way merge of two plan revisions from the same parent: what only one side changed is taken, additions to the
// same text are both kept, and the same part changed two ways is left to a person.
#include "app/core/planmerge.h"

#include <QTest>
#include <QUuid>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

core::PlanNeed need(const QString &goal)
{
    core::PlanNeed n;
    n.id = QUuid::createUuid();
    n.lifeArea = 4;
    n.icfCode = u"d450"_s;
    n.goal = goal;
    core::PlanActivity walk;
    walk.id = QUuid::createUuid();
    walk.description = u"Promenad i korridoren"_s;
    walk.times = { QTime(10, 0) };
    n.activities = { walk };
    return n;
}

core::PlanRevision parentPlan()
{
    core::PlanRevision p;
    p.residentId = QUuid::createUuid();
    p.decisionId = QUuid::createUuid();
    p.status = core::PlanStatus::Established;
    p.establishedOn = QDate(2026, 9, 1);
    p.nextFollowUp = QDate(2027, 3, 1);
    p.participation = { u"Gösta deltog i samtalet."_s, u"Gösta vill gå ut varje dag."_s, true, false };
    p.needs = { need(u"Att gå själv till matsalen."_s), need(u"Att få stöd vid måltiden."_s) };
    return p;
}

} // namespace

class PlanMergeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void additionsToTheSameTextAreBothKept()
    {
        const auto parent = parentPlan();
        auto ours = parent;
        auto theirs = parent;
        ours.participation.views += u" Promenaden på förmiddagen."_s;
        theirs.participation.views += u" Duschen på kvällen."_s;
        const auto merged = core::mergePlans(parent, ours, theirs);
        QVERIFY(merged);
        QCOMPARE(merged->participation.views,
            u"Gösta vill gå ut varje dag. Promenaden på förmiddagen. Duschen på kvällen."_s);
        QCOMPARE(merged->needs, parent.needs);
    }

    void changesToDifferentPartsAreBothTaken()
    {
        const auto parent = parentPlan();
        auto ours = parent;
        auto theirs = parent;
        ours.needs[0].goal = u"Att gå med rollator till matsalen."_s;
        theirs.needs[1].activities[0].times = { QTime(12, 0), QTime(17, 0) };
        theirs.participation.relativesMayBeInformed = false;
        const auto added = need(u"Att kunna ringa dottern själv."_s);
        theirs.needs.append(added);
        const auto merged = core::mergePlans(parent, ours, theirs);
        QVERIFY(merged);
        QCOMPARE(merged->needs.size(), 3);
        QCOMPARE(merged->needs.at(0).goal, u"Att gå med rollator till matsalen."_s);
        QCOMPARE(merged->needs.at(1).activities.at(0).times, (QList<QTime> { QTime(12, 0), QTime(17, 0) }));
        QCOMPARE(merged->needs.at(2), added);
        QVERIFY(!merged->participation.relativesMayBeInformed);
    }

    void aNeedRemovedOnOneSideStaysRemovedUnlessTheOtherChangedIt()
    {
        const auto parent = parentPlan();
        auto ours = parent;
        auto theirs = parent;
        ours.needs.removeAt(1);
        auto merged = core::mergePlans(parent, ours, theirs);
        QVERIFY(merged);
        QCOMPARE(merged->needs.size(), 1);
        theirs.needs[1].goal = u"Att äta i egen takt."_s; // removed here, changed there: a person decides
        QVERIFY(!core::mergePlans(parent, ours, theirs));
        QVERIFY(!core::mergePlans(parent, theirs, ours));
    }

    void theSamePartChangedTwoWaysIsNotMerged()
    {
        const auto parent = parentPlan();
        auto ours = parent;
        auto theirs = parent;
        ours.needs[0].goal = u"Att gå själv till matsalen med rollator."_s.prepend(u"Mål: "_s);
        theirs.needs[0].goal = u"Att gå till matsalen med stöd."_s;
        QVERIFY(!core::mergePlans(parent, ours, theirs));
        auto rewritten = parent;
        rewritten.participation.views = u"Gösta vill helst vara inne."_s; // rewritten, not added to
        auto added = parent;
        added.participation.views += u" Och gärna med sällskap."_s;
        QVERIFY(!core::mergePlans(parent, rewritten, added));
        auto later = parent;
        later.nextFollowUp = QDate(2027, 2, 1);
        auto earlier = parent;
        earlier.nextFollowUp = QDate(2026, 12, 1);
        QVERIFY(!core::mergePlans(parent, later, earlier));
    }

    void theSameChangeOnBothSidesIsTakenOnce()
    {
        const auto parent = parentPlan();
        auto ours = parent;
        ours.participation.views += u" Promenaden på förmiddagen."_s;
        ours.needs.append(need(u"Att kunna ringa dottern själv."_s));
        const auto merged = core::mergePlans(parent, ours, ours);
        QVERIFY(merged);
        QCOMPARE(merged->participation.views, ours.participation.views);
        QCOMPARE(merged->needs, ours.needs);
    }
};

QTEST_GUILESS_MAIN(PlanMergeTest)
#include "planmergetest.moc"
