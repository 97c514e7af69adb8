// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "manualclock.h"

#include "core/plancodec.h"
#include "core/recordstamper.h"

#include <QTest>

using namespace akten::core;
using namespace Qt::StringLiterals;

class PlanCodecTest : public QObject
{
    Q_OBJECT

private:
    static PlanRevision sample()
    {
        akten::test::ManualClock clock;
        RecordStamper stamper(clock, u"d"_s);
        PlanRevision plan;
        plan.participation = { u"Deltog själv."_s, u"Vill duscha på kvällen."_s, true, false };
        PlanNeed need { stamper.newId(), 5, u"d510"_s, ProblemGrade::Moderate, u"Tvättar händerna själv."_s,
            u"Att få stöd med att duscha."_s, {} };
        need.activities.append({ stamper.newId(), u"Dusch"_s, u"Personalen hjälper med ryggen."_s, u"Tisdagar"_s,
            { QTime(7, 30), QTime(20, 0) }, u"Omvårdnadspersonal"_s, WorkingMode::Supporting, stamper.newId() });
        plan.needs = { need };
        plan.followUp = FollowUp { QDate(2026, 5, 1), u"Hjälper."_s, u"Bättre vardag."_s, u"Nöjd."_s,
            { { need.id, GoalResult::PartlyAchieved } } };
        return plan;
    }

private Q_SLOTS:
    void roundTrip()
    {
        const PlanRevision plan = sample();
        PlanRevision decoded;
        QVERIFY(decodePlanBody(encodePlanBody(plan), decoded));
        QCOMPARE(encodePlanBody(decoded), encodePlanBody(plan));
        QCOMPARE(decoded.needs.constFirst().activities.constFirst().times.size(), 2);
        QCOMPARE(decoded.followUp->goalResults.constFirst().second, GoalResult::PartlyAchieved);
        QCOMPARE(decoded.participation.views, u"Vill duscha på kvällen."_s);
    }

    void malformedBodiesAreRejectedAndChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = encodePlanBody(sample());
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("unknown version") << QByteArray(good).replace("\"v\":1", "\"v\":2");
        QTest::newRow("bad area") << QByteArray(good).replace("\"area\":5", "\"area\":12");
        QTest::newRow("unknown grade") << QByteArray(good).replace("\"grade\":\"2\"", "\"grade\":\"7\"");
        QTest::newRow("bad time") << QByteArray(good).replace("\"07:30\"", "\"7.30\"");
        QTest::newRow("bad id") << QByteArray(good).replace("\"id\":\"", "\"id\":\"x");
        QTest::newRow("wrong type") << QByteArray(good).replace("\"goal\":\"", "\"goal\":1,\"x\":\"");
    }

    void malformedBodiesAreRejectedAndChangeNothing()
    {
        QFETCH(QByteArray, json);
        PlanRevision plan;
        plan.participation.views = u"untouched"_s;
        const akten::Status status = decodePlanBody(json, plan);
        QVERIFY(!status);
        QCOMPARE(status.error().code, akten::ErrorCode::InvalidInput);
        QCOMPARE(plan.participation.views, u"untouched"_s);
        QVERIFY(plan.needs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(PlanCodecTest)
#include "plancodectest.moc"
