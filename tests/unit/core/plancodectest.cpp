// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/manualclock.h"

#include "app/core/plancodec.h"
#include "app/core/recordstamper.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
        PlanActivity shower;
        shower.id = stamper.newId();
        shower.description = u"Dusch"_s;
        shower.how = u"Personalen hjälper med ryggen."_s;
        shower.when = u"Tisdagar"_s;
        shower.times = { QTime(7, 30), QTime(20, 0) };
        shower.weekdays = { 2 };
        shower.windowBeforeMinutes = 15;
        shower.byWhom = u"Omvårdnadspersonal"_s;
        shower.insatsId = stamper.newId();
        PlanActivity medicine;
        medicine.id = stamper.newId();
        medicine.description = u"Läkemedel vid behov"_s;
        medicine.asNeeded = true;
        medicine.delegatedHsl = true;
        medicine.mode = WorkingMode::Compensating;
        need.activities = { shower, medicine };
        plan.needs = { need };
        plan.followUp = FollowUp { QDate(2026, 5, 1), u"Hjälper."_s, u"Bättre vardag."_s, u"Nöjd."_s,
            { { need.id, GoalResult::PartlyAchieved } } };
        return plan;
    }

private Q_SLOTS:
    void roundTrip()
    {
        PlanRevision plan = sample();
        plan.catalogueVersion = u"ibic-icf-2026"_s;
        PlanRevision decoded;
        QVERIFY(decodePlanBody(encodePlanBody(plan), decoded));
        QCOMPARE(encodePlanBody(decoded), encodePlanBody(plan));
        QCOMPARE(decoded.catalogueVersion, u"ibic-icf-2026"_s);
        QCOMPARE(decoded.needs.constFirst().activities.constFirst().times.size(), 2);
        QCOMPARE(decoded.followUp->goalResults.constFirst().second, GoalResult::PartlyAchieved);
        QCOMPARE(decoded.participation.views, u"Vill duscha på kvällen."_s);
        QCOMPARE(decoded.needs.constFirst().activities, plan.needs.constFirst().activities);
        const PlanActivity &shower = decoded.needs.constFirst().activities.constFirst();
        QCOMPARE(shower.weekdays, QList<int> { 2 });
        QCOMPARE(shower.windowBeforeMinutes, std::optional<int>(15));
        QVERIFY(!shower.windowAfterMinutes);
        QVERIFY(decoded.needs.constFirst().activities.constLast().asNeeded);
        QVERIFY(decoded.needs.constFirst().activities.constLast().delegatedHsl);
    }

    /** Bodies written before the signing fields existed read as every day, timed, not HSL, unit windows. */
    void bodiesWithoutTheSigningFieldsStillRead()
    {
        QJsonObject body = QJsonDocument::fromJson(encodePlanBody(sample())).object();
        QJsonArray needs = body.value(u"needs"_s).toArray();
        QJsonObject need = needs.at(0).toObject();
        QJsonArray activities = need.value(u"activities"_s).toArray();
        for (qsizetype i = 0; i < activities.size(); ++i) {
            QJsonObject a = activities.at(i).toObject();
            for (const QString &key : { u"weekdays"_s, u"asNeeded"_s, u"delegatedHsl"_s, u"windowBefore"_s }) {
                a.remove(key);
            }
            a.insert(u"times"_s, QJsonArray { u"07:30"_s }); // an as-needed activity had none
            activities.replace(i, a);
        }
        need.insert(u"activities"_s, activities);
        needs.replace(0, need);
        body.insert(u"needs"_s, needs);
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        QVERIFY(!json.contains("weekdays") && !json.contains("asNeeded") && !json.contains("delegatedHsl"));
        PlanRevision decoded;
        QVERIFY(decodePlanBody(json, decoded));
        for (const PlanActivity &a : decoded.needs.constFirst().activities) {
            QVERIFY(a.weekdays.isEmpty() && !a.asNeeded && !a.delegatedHsl && !a.windowBeforeMinutes);
        }
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
        QTest::newRow("weekday 8") << QByteArray(good).replace("\"weekdays\":[2]", "\"weekdays\":[8]");
        QTest::newRow("weekday twice") << QByteArray(good).replace("\"weekdays\":[2]", "\"weekdays\":[2,2]");
        QTest::newRow("window too long") << QByteArray(good).replace("\"windowBefore\":15", "\"windowBefore\":721");
        QTest::newRow("window not whole") << QByteArray(good).replace("\"windowBefore\":15", "\"windowBefore\":1.5");
        QTest::newRow("as needed with times") << QByteArray(good).replace("\"asNeeded\":false", "\"asNeeded\":true");
        QTest::newRow("hsl not bool") << QByteArray(good).replace("\"delegatedHsl\":true", "\"delegatedHsl\":1");
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
