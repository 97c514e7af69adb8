// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/occurrences.h"
#include "app/core/caretime.h"
#include "app/core/signingrules.h"

#include <QTest>
#include <QTimeZone>

using namespace akten::core;
using namespace Qt::StringLiterals;

namespace {

Id id(int n)
{
    return QUuid::fromString(u"00000000-0000-7000-8000-%1"_s.arg(n, 12, 10, QLatin1Char('0')));
}

qint64 utcMs(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toMSecsSinceEpoch();
}

PlanActivity activity(int n, QList<QTime> times)
{
    PlanActivity a;
    a.id = id(n);
    a.description = u"Aktivitet %1"_s.arg(n);
    a.times = std::move(times);
    return a;
}

PlanRevision planWith(QList<PlanActivity> activities, int revision = 100)
{
    PlanRevision plan;
    plan.meta.id = id(revision);
    plan.residentId = id(1);
    plan.status = PlanStatus::Established;
    plan.establishedOn = QDate(2026, 1, 1);
    PlanNeed need;
    need.id = id(50);
    need.activities = std::move(activities);
    plan.needs = { need };
    return plan;
}

Signature signatureFor(const Occurrence &o, int n, SignatureOutcome outcome = SignatureOutcome::Done)
{
    Signature s;
    s.meta.id = id(1000 + n);
    s.meta.hlc = HlcStamp { 1000 + n, 0 };
    s.residentId = o.residentId;
    s.activityId = o.activityId;
    s.planRevisionId = o.planRevisionId;
    s.plannedFor = o.plannedFor();
    s.outcome = outcome;
    return s;
}

} // namespace

/** Signing-list occurrences from plan activities, and their states, in the care time zone (tests run in UTC). */
class OccurrencesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severalTimesADayInOrderWithWindows()
    {
        const PlanRevision plan
            = planWith({ activity(2, { QTime(20, 0), QTime(8, 30) }), activity(3, { QTime(12, 0) }) });
        const QList<Occurrence> day = occurrencesOn(plan, QDate(2026, 11, 28), SigningWindow { 30, 60 });
        QCOMPARE(day.size(), 3);
        QCOMPARE(day.at(0).time, QTime(8, 30));
        QCOMPARE(day.at(1).activityId, id(3));
        QCOMPARE(day.at(2).time, QTime(20, 0));
        QCOMPARE(day.at(0).plannedMs, utcMs(u"2026-11-28T07:30:00Z"_s)); // winter: UTC+1
        QCOMPARE(day.at(0).opensMs, utcMs(u"2026-11-28T07:00:00Z"_s));
        QCOMPARE(day.at(0).closesMs, utcMs(u"2026-11-28T08:30:00Z"_s));
        QCOMPARE(day.at(0).plannedFor().offsetFromUtc(), 0);
    }

    void weekdaysAndActivityWindows()
    {
        PlanActivity singing = activity(2, { QTime(14, 0) });
        singing.weekdays = { 3 }; // Wednesdays
        singing.windowBeforeMinutes = 0;
        singing.windowAfterMinutes = 15;
        const PlanRevision plan = planWith({ singing });
        QVERIFY(occurrencesOn(plan, QDate(2026, 11, 24), {}).isEmpty()); // a Tuesday
        const QList<Occurrence> wednesday = occurrencesOn(plan, QDate(2026, 11, 25), {});
        QCOMPARE(wednesday.size(), 1);
        QCOMPARE(wednesday.constFirst().opensMs, wednesday.constFirst().plannedMs);
        QCOMPARE(wednesday.constFirst().closesMs - wednesday.constFirst().plannedMs, 15 * 60'000);
    }

    void asNeededIsOneRowSignableAllDayAndCounted()
    {
        PlanActivity toilet = activity(2, {});
        toilet.asNeeded = true;
        PlanActivity meal = activity(3, { QTime(12, 0) });
        const PlanRevision plan = planWith({ toilet, meal });
        const QList<Occurrence> day = occurrencesOn(plan, QDate(2026, 11, 28), {});
        QCOMPARE(day.size(), 2);
        QVERIFY(!day.at(0).asNeeded); // timed first, as needed at the end
        const Occurrence &asNeeded = day.at(1);
        QVERIFY(asNeeded.asNeeded && !asNeeded.time.isValid());
        QCOMPARE(statusOf(asNeeded, {}, {}, utcMs(u"2026-11-28T23:00:00Z"_s)).state, OccurrenceState::AsNeeded);
        Signature first;
        first.meta.id = id(900);
        first.residentId = id(1);
        first.activityId = id(2);
        first.plannedFor = QDateTime::fromString(u"2026-11-28T09:15:00Z"_s, Qt::ISODate);
        Signature second = first;
        second.meta.id = id(901);
        second.meta.hlc.physicalMs = 1;
        second.plannedFor = QDateTime::fromString(u"2026-11-28T22:59:00Z"_s, Qt::ISODate); // 23:59 in Stockholm
        Signature tomorrow = first;
        tomorrow.meta.id = id(902);
        tomorrow.plannedFor = QDateTime::fromString(u"2026-11-28T23:01:00Z"_s, Qt::ISODate); // 00:01 next day
        const OccurrenceStatus status = statusOf(asNeeded, { first, second, tomorrow }, {}, 0);
        QCOMPARE(status.state, OccurrenceState::Done);
        QCOMPARE(status.valid.size(), 2);
        QVERIFY(!status.signedTwice(asNeeded)); // counted, never "signed twice"
    }

    void statesFollowTheClock()
    {
        const PlanRevision plan = planWith({ activity(2, { QTime(8, 0) }) });
        const Occurrence o = occurrencesOn(plan, QDate(2026, 11, 28), SigningWindow { 30, 60 }).constFirst();
        const auto at = [&](const QString &local) {
            return statusOf(
                o, {}, {}, QDateTime(QDate(2026, 11, 28), QTime::fromString(local), careTimeZone()).toMSecsSinceEpoch())
                .state;
        };
        QCOMPARE(at(u"07:29"_s), OccurrenceState::Upcoming);
        QCOMPARE(at(u"07:30"_s), OccurrenceState::Due);
        QCOMPARE(at(u"08:00"_s), OccurrenceState::Due);
        QCOMPARE(at(u"08:01"_s), OccurrenceState::Overdue);
        QCOMPARE(at(u"09:00"_s), OccurrenceState::Overdue);
        QCOMPARE(at(u"09:01"_s), OccurrenceState::Missed);
    }

    void signaturesRetractionsAndDoubles()
    {
        const PlanRevision plan = planWith({ activity(2, { QTime(8, 0) }) });
        const Occurrence o = occurrencesOn(plan, QDate(2026, 11, 28), {}).constFirst();
        const qint64 late = o.closesMs + 1;
        const Signature done = signatureFor(o, 1);
        QCOMPARE(statusOf(o, { done }, {}, late).state, OccurrenceState::Done);
        // Retracted: back to what the clock says, the retracted one kept for display.
        const OccurrenceStatus retracted = statusOf(o, { done }, { done.meta.id }, late);
        QCOMPARE(retracted.state, OccurrenceState::Missed);
        QCOMPARE(retracted.retracted.size(), 1);
        // Two tablets offline: both stand, the newest decides the state.
        const Signature notDone = signatureFor(o, 2, SignatureOutcome::NotDone);
        const OccurrenceStatus both = statusOf(o, { notDone, done }, {}, late);
        QVERIFY(both.signedTwice(o));
        QCOMPARE(both.state, OccurrenceState::NotDone);
        QCOMPARE(both.valid.constFirst().meta.id, done.meta.id);
        // Another slot's signature does not count.
        Signature other = done;
        other.plannedFor = other.plannedFor.addSecs(3600);
        QCOMPARE(statusOf(o, { other }, {}, late).state, OccurrenceState::Missed);
    }

    /** Last Sunday of March: 02:00–03:00 does not exist in Sweden; a 02:30 activity happens at 03:30, once. */
    void springGapMovesForward()
    {
        const PlanRevision plan = planWith({ activity(2, { QTime(2, 30), QTime(1, 30), QTime(3, 30) }) });
        const QList<Occurrence> day = occurrencesOn(plan, QDate(2026, 3, 29), {});
        QCOMPARE(day.size(), 3);
        QCOMPARE(day.at(0).plannedMs, utcMs(u"2026-03-29T00:30:00Z"_s)); // 01:30 CET
        QCOMPARE(day.at(1).plannedMs, utcMs(u"2026-03-29T01:30:00Z"_s)); // "02:30" → 03:30 CEST
        QCOMPARE(day.at(2).plannedMs, utcMs(u"2026-03-29T01:30:00Z"_s)); // 03:30 CEST
        QCOMPARE(day.at(1).time, QTime(2, 30)); // the list still says what the plan says
        // The day itself is 23 hours long.
        QCOMPARE(careInstantMs(QDate(2026, 3, 30), QTime(0, 0)) - careInstantMs(QDate(2026, 3, 29), QTime(0, 0)),
            23 * 3'600'000LL);
    }

    /** Last Sunday of October: 02:00–03:00 happens twice; a 02:30 activity is due once, the first time. */
    void autumnOverlapTakesTheFirst()
    {
        const PlanRevision plan = planWith({ activity(2, { QTime(2, 30) }) });
        const QList<Occurrence> day = occurrencesOn(plan, QDate(2026, 10, 25), {});
        QCOMPARE(day.size(), 1);
        QCOMPARE(day.constFirst().plannedMs, utcMs(u"2026-10-25T00:30:00Z"_s)); // 02:30 CEST
        QCOMPARE(careInstantMs(QDate(2026, 10, 26), QTime(0, 0)) - careInstantMs(QDate(2026, 10, 25), QTime(0, 0)),
            25 * 3'600'000LL);
        // The same plan on the days around: ordinary offsets.
        QCOMPARE(occurrencesOn(plan, QDate(2026, 10, 24), {}).constFirst().plannedMs, utcMs(u"2026-10-24T00:30:00Z"_s));
        QCOMPARE(occurrencesOn(plan, QDate(2026, 10, 26), {}).constFirst().plannedMs, utcMs(u"2026-10-26T01:30:00Z"_s));
    }

    /** Every day of two years, the days the clocks change among them: each time where careInstantMs() puts it. */
    void everyDayTheInstantsOfCareTime()
    {
        const QList<QTime> times { QTime(0, 0), QTime(1, 59), QTime(2, 0), QTime(2, 30), QTime(3, 0), QTime(8, 15),
            QTime(23, 59) };
        PlanActivity asNeeded = activity(3, {});
        asNeeded.asNeeded = true;
        const PlanRevision plan = planWith({ activity(2, times), asNeeded });
        for (QDate day(2026, 1, 1); day < QDate(2028, 1, 1); day = day.addDays(1)) {
            for (const Occurrence &o : occurrencesOn(plan, day, {})) {
                if (o.asNeeded) {
                    QCOMPARE(o.plannedMs, careInstantMs(day, QTime(0, 0)));
                    QCOMPARE(o.closesMs, careInstantMs(day.addDays(1), QTime(0, 0)));
                } else {
                    QCOMPARE(o.plannedMs, careInstantMs(day, o.time));
                }
            }
        }
    }

    void windowsOverMidnight()
    {
        PlanActivity night = activity(2, { QTime(23, 30) });
        night.windowAfterMinutes = 90;
        const Occurrence o = occurrencesOn(planWith({ night }), QDate(2026, 12, 31), {}).constFirst();
        const qint64 newYear = careInstantMs(QDate(2027, 1, 1), QTime(0, 30));
        QCOMPARE(statusOf(o, {}, {}, newYear).state, OccurrenceState::Overdue); // still open next year
        QCOMPARE(statusOf(o, {}, {}, careInstantMs(QDate(2027, 1, 1), QTime(1, 1))).state, OccurrenceState::Missed);
        QCOMPARE(o.day, QDate(2026, 12, 31));
    }

    /** A plan revised during the day keeps the occurrences already signed under the old revision. */
    void revisionDuringTheDayKeepsWhatWasSigned()
    {
        const PlanRevision morning = planWith({ activity(2, { QTime(8, 0), QTime(20, 0) }) }, 100);
        PlanRevision afternoon = planWith({ activity(3, { QTime(21, 0) }) }, 101);
        const QDate day(2026, 11, 28);
        const Occurrence signedInTheMorning = occurrencesOn(morning, day, {}).constFirst();
        const Signature s = signatureFor(signedInTheMorning, 1);
        const QList<Occurrence> current = occurrencesOn(afternoon, day, {});
        const QList<Occurrence> kept = keptFromEarlierRevisions(current, { s },
            [&](const Id &revision) { return revision == morning.meta.id ? &morning : nullptr; }, day, {});
        QCOMPARE(kept.size(), 1); // the signed 08:00, not the unsigned 20:00 of the old revision
        QCOMPARE(kept.constFirst().planRevisionId, morning.meta.id);
        QCOMPARE(kept.constFirst().time, QTime(8, 0));
        QVERIFY(belongsTo(s, kept.constFirst()));
        // Signed under a revision that has the same slot: nothing extra.
        QVERIFY(keptFromEarlierRevisions({ signedInTheMorning }, { s }, [](const Id &) { return nullptr; }, day, {})
                    .isEmpty());
    }

    void notDoneAndRetractionRules()
    {
        QCOMPARE(checkNotDone(NotDoneReason::Unspecified, {}), SigningRefusal::ReasonMissing);
        QCOMPARE(checkNotDone(NotDoneReason::Other, u"  "_s), SigningRefusal::CommentMissing);
        QCOMPARE(checkNotDone(NotDoneReason::Declined, {}), SigningRefusal::None);
        QCOMPARE(checkNotDone(NotDoneReason::Declined, QString(501, u'a')), SigningRefusal::CommentTooLong);
        QCOMPARE(checkRetraction(RetractionReason::Undone, {}, true), SigningRefusal::None);
        QCOMPARE(checkRetraction(RetractionReason::Undone, {}, false), SigningRefusal::NotSignable);
        QCOMPARE(checkRetraction(RetractionReason::WrongTime, {}, true), SigningRefusal::NotSignable);
        QCOMPARE(checkRetraction(RetractionReason::Other, {}, false), SigningRefusal::CommentMissing);
        QCOMPARE(retractionReasonText(RetractionReason::Undone, {}), u"ångrat direkt"_s);
        QCOMPARE(notDoneReasonText(NotDoneReason::Declined, u" ville vila "_s), u"Avböjde: ville vila"_s);

        Staff signer;
        signer.id = id(7);
        signer.unitIds = { id(60) };
        Staff colleague = signer;
        colleague.id = id(8);
        Staff manager = colleague;
        manager.id = id(9);
        manager.role = StaffRole::UnitManager;
        Staff otherManager = manager;
        otherManager.unitIds = { id(61) };
        Signature s;
        s.meta.authorId = signer.id;
        QVERIFY(mayRetract(signer, s, id(60)));
        QVERIFY(!mayRetract(colleague, s, id(60)));
        QVERIFY(mayRetract(manager, s, id(60)));
        QVERIFY(!mayRetract(otherManager, s, id(60)));
    }

    void deviationTextFollowsTheWritingRules()
    {
        const Occurrence o
            = occurrencesOn(planWith({ activity(2, { QTime(8, 0) }) }), QDate(2026, 11, 28), {}).constFirst();
        const QString text = deviationJournalText(u"Margit"_s, o, NotDoneReason::Declined, u"Jag erbjöd igen"_s);
        QCOMPARE(text, u"Margit avböjde insatsen \"Aktivitet 2\" klockan 08:00. Jag erbjöd igen."_s);
        QVERIFY(
            deviationJournalText(u"Margit"_s, o, NotDoneReason::Absent, {}).startsWith(u"Margit var inte på plats"_s));
    }
};

QTEST_GUILESS_MAIN(OccurrencesTest)
#include "occurrencestest.moc"
