// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/deadlines.h"
#include "app/core/ids.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace akten::core;
using namespace Qt::StringLiterals;

namespace {

const Id kDecision = idFromString(u"00000000-0000-4000-8000-0000000000d1"_s);
const Id kLaterDecision = idFromString(u"00000000-0000-4000-8000-0000000000d2"_s);

Decision decision(const Id &id, const QDate &from, std::optional<QDate> to = {})
{
    Decision d;
    d.id = id;
    d.validFrom = from;
    d.validTo = to;
    return d;
}

PlanRevision setOn(const QDate &day, const Id &decisionId = kDecision, PlanStatus status = PlanStatus::Established)
{
    PlanRevision r;
    r.decisionId = decisionId;
    r.status = status;
    r.establishedOn = day;
    return r;
}

qint64 utcMs(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

class DeadlinesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingWithoutDecisionOrPlan()
    {
        const PlanDeadline next = nextPlanDeadline({}, QDate(2026, 5, 1));
        QCOMPARE(next.kind, DeadlineKind::None);
        QVERIFY(!next.overdue());
    }

    void planWithinThreeWeeksOfTheInsats()
    {
        DeadlineFacts facts;
        facts.decisions = { decision(kDecision, QDate(2026, 3, 10)) };
        PlanDeadline next = nextPlanDeadline(facts, QDate(2026, 3, 20));
        QCOMPARE(next.kind, DeadlineKind::Plan);
        QCOMPARE(next.due, QDate(2026, 3, 31));
        QCOMPARE(next.daysLeft, 11);
        QCOMPARE(next.decisionId, kDecision);
        next = nextPlanDeadline(facts, QDate(2026, 4, 2)); // overdue
        QVERIFY(next.overdue());
        QCOMPARE(next.daysLeft, -2);
        // A draft does not count as a plan.
        facts.revisions = { setOn(QDate(), kDecision, PlanStatus::Draft) };
        QCOMPARE(nextPlanDeadline(facts, QDate(2026, 3, 20)).kind, DeadlineKind::Plan);
        // Across the year end.
        facts.decisions = { decision(kDecision, QDate(2026, 12, 20)) };
        QCOMPARE(nextPlanDeadline(facts, QDate(2026, 12, 31)).due, QDate(2027, 1, 10));
        // An ended decision needs no plan any more.
        facts.decisions = { decision(kDecision, QDate(2026, 1, 5), QDate(2026, 2, 28)) };
        QCOMPARE(nextPlanDeadline(facts, QDate(2026, 3, 1)).kind, DeadlineKind::None);
    }

    void aNewDecisionNeedsItsOwnPlan()
    {
        DeadlineFacts facts;
        facts.birthDate = QDate(1938, 4, 2);
        facts.decisions = { decision(kDecision, QDate(2025, 10, 1)), decision(kLaterDecision, QDate(2026, 3, 2)) };
        facts.revisions = { setOn(QDate(2025, 10, 15)) };
        const PlanDeadline next = nextPlanDeadline(facts, QDate(2026, 3, 5));
        QCOMPARE(next.kind, DeadlineKind::Plan); // 23 March comes before the follow-up on 15 April
        QCOMPARE(next.due, QDate(2026, 3, 23));
        QCOMPARE(next.decisionId, kLaterDecision);
    }

    void adultEverySixMonths()
    {
        DeadlineFacts facts;
        facts.birthDate = QDate(1941, 9, 12);
        facts.decisions = { decision(kDecision, QDate(2026, 6, 10)) };
        facts.revisions = { setOn(QDate(2026, 6, 30)) };
        PlanDeadline next = nextPlanDeadline(facts, QDate(2026, 7, 1));
        QCOMPARE(next.kind, DeadlineKind::FollowUp);
        QCOMPARE(next.due, QDate(2026, 12, 30));
        // A follow-up restarts the clock, across the year end.
        facts.followUpDates = { QDate(2026, 12, 1) };
        next = nextPlanDeadline(facts, QDate(2026, 12, 1));
        QCOMPARE(next.due, QDate(2027, 6, 1));
        // End of month: 31 August + 6 months is the last day of February.
        facts.followUpDates = { QDate(2026, 8, 31) };
        QCOMPARE(nextPlanDeadline(facts, QDate(2026, 9, 1)).due, QDate(2027, 2, 28));
    }

    void revisionRestartsTheClock()
    {
        DeadlineFacts facts;
        facts.birthDate = QDate(1950, 1, 1);
        facts.decisions = { decision(kDecision, QDate(2025, 12, 20)) };
        facts.revisions = { setOn(QDate(2026, 1, 10)), setOn(QDate(2026, 5, 4)) };
        facts.followUpDates = { QDate(2026, 4, 20) }; // older than the revision
        QCOMPARE(nextPlanDeadline(facts, QDate(2026, 6, 1)).due, QDate(2026, 11, 4));
        // Overdue: nobody followed it up.
        const PlanDeadline late = nextPlanDeadline(facts, QDate(2026, 11, 20));
        QVERIFY(late.overdue());
        QCOMPARE(late.daysLeft, -16);
    }

    void childEveryFourMonths()
    {
        DeadlineFacts facts;
        facts.birthDate = QDate(2010, 5, 15);
        facts.decisions = { decision(kDecision, QDate(2025, 12, 28)) };
        facts.revisions = { setOn(QDate(2026, 1, 10)) };
        QCOMPARE(nextPlanDeadline(facts, QDate(2026, 1, 11)).due, QDate(2026, 5, 10));
    }

    void childTurning18BetweenTheDates()
    {
        DeadlineFacts facts;
        facts.birthDate = QDate(2008, 8, 20);
        facts.decisions = { decision(kDecision, QDate(2026, 5, 15)) };
        facts.revisions = { setOn(QDate(2026, 6, 1)) }; // 17 on the day: a child's 4 months, though 18 by then
        QCOMPARE(nextPlanDeadline(facts, QDate(2026, 6, 2)).due, QDate(2026, 10, 1));
        facts.followUpDates = { QDate(2026, 9, 30) }; // 18 on the day of the follow-up: an adult's 6 months
        QCOMPARE(nextPlanDeadline(facts, QDate(2026, 10, 1)).due, QDate(2027, 3, 30));
    }

    void todayIsTheCareDateAcrossDaylightSaving()
    {
        DeadlineFacts facts;
        facts.decisions = { decision(kDecision, QDate(2026, 3, 8)) }; // plan due 29 March, the spring change
        // 22:30 UTC on 28 March is 23:30 in Stockholm (winter time): one day left.
        QCOMPARE(nextPlanDeadlineAt(facts, utcMs(2026, 3, 28, 22, 30)).daysLeft, 1);
        // 23:30 UTC is already 00:30 on the 29th: the last day.
        QCOMPARE(nextPlanDeadlineAt(facts, utcMs(2026, 3, 28, 23, 30)).daysLeft, 0);
        // 22:30 UTC on the 29th is 00:30 on the 30th in summer time (UTC+2): overdue, though UTC still says the 29th.
        QVERIFY(nextPlanDeadlineAt(facts, utcMs(2026, 3, 29, 22, 30)).overdue());
        // Autumn change (25 October) and the year end.
        facts.decisions = { decision(kDecision, QDate(2026, 10, 4)) }; // due 25 October
        QCOMPARE(nextPlanDeadlineAt(facts, utcMs(2026, 10, 24, 22, 30)).daysLeft, 0); // 00:30 CEST on the 25th
        QCOMPARE(nextPlanDeadlineAt(facts, utcMs(2026, 10, 25, 23, 30)).daysLeft, -1); // 00:30 CET on the 26th
        facts.decisions = { decision(kDecision, QDate(2026, 12, 11)) }; // due 1 January
        QCOMPARE(nextPlanDeadlineAt(facts, utcMs(2026, 12, 31, 22, 59)).daysLeft, 1);
        QCOMPARE(nextPlanDeadlineAt(facts, utcMs(2026, 12, 31, 23, 0)).daysLeft, 0);
    }
};

QTEST_GUILESS_MAIN(DeadlinesTest)
#include "deadlinestest.moc"
