// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// `aktenctl quality-sample` through the real binary on a demo store: the JSON shape (unit, year, seed, plans with
// resident and revision, reviewed or not, the answers), the readable table, its audit event, and refusals (a year
// in the future or malformed, no --year) with one English error line and nothing written.
#include "tests/integration/clirunner.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/qualityreviewservice.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace akten;
using akten::test::expectOneErrorLine;
using akten::test::runAktenctl;
using akten::test::snapshotDir;

class QualitySampleCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data;
    QString m_unit;
    int m_year = core::careToday().year();
    QList<core::SampledPlan> m_sampled;
    quint64 m_seed = 987654321987654321ULL;

    QJsonObject sampleJson()
    {
        const auto run = runAktenctl(
            { u"quality-sample"_s, u"--data-dir"_s, m_data, u"--year"_s, QString::number(m_year), u"--json"_s });
        if (run.exitCode != 0 || !run.err.isEmpty()) {
            qWarning() << run.err;
            return {};
        }
        return QJsonDocument::fromJson(run.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = m_tmp.filePath(u"demo"_s);
        const auto init = runAktenctl({ u"init"_s, u"--data-dir"_s, m_data, u"--demo"_s, u"--tpm"_s, u"off"_s });
        QVERIFY2(init.exitCode == 0, init.err.constData());
        // Before anything is drawn: an empty list, every unit "no sample drawn" in the table.
        const QJsonObject none = sampleJson();
        QCOMPARE(none.value("year"_L1).toInt(), m_year);
        QCOMPARE(none.value("samples"_L1).toArray().size(), 0);
        const auto table
            = runAktenctl({ u"quality-sample"_s, u"--data-dir"_s, m_data, u"--year"_s, QString::number(m_year) });
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(QString::fromUtf8(table.out).contains(u", %1: no sample drawn"_s.arg(m_year)), table.out.constData());

        // The unit manager draws the sample and reviews one plan, as the app does (QualityReviewService).
        platform::FileKeyProvider keys(platform::defaultDeviceKeyLocation(m_data).path);
        QVERIFY(keys.prepare(false));
        const core::SystemClock clock;
        auto store = store::DeviceStore::open(m_data, keys, clock);
        QVERIFY(store.ok());
        store::MasterDataRepository master(store.value().db());
        auth::AccessAudit audit(store.value());
        QualityReviewService service(store.value(), master, audit, clock);
        const core::Unit unit = master.units().value().constFirst();
        m_unit = core::idToString(unit.id);
        auth::SessionUser manager;
        for (const core::Staff &s : master.staff().value()) {
            if (s.role == core::StaffRole::UnitManager && s.unitIds.contains(unit.id)) {
                manager = auth::sessionUserOf(s);
            }
        }
        const auto drawn = service.draw(manager, unit.id, m_year, m_seed);
        QVERIFY2(drawn, qPrintable(drawn.logMessage));
        const core::QualitySample sample = *service.sample(unit.id, m_year).value();
        m_sampled = sample.plans;
        core::QualityReview review;
        review.sampleId = sample.meta.id;
        review.residentId = sample.plans.at(0).residentId;
        review.revisionId = sample.plans.at(0).revisionId;
        for (auto &item : review.items) {
            item.answer = core::ReviewAnswer::Yes;
        }
        review.items[3].answer = core::ReviewAnswer::No;
        QVERIFY(service.review(manager, review));
    }

    void jsonHasTheSample()
    {
        const QJsonObject object = sampleJson();
        QCOMPARE(object.value("year"_L1).toInt(), m_year);
        const QJsonArray samples = object.value("samples"_L1).toArray();
        QCOMPARE(samples.size(), 1); // only the unit that drew one
        const QJsonObject s = samples.first().toObject();
        QCOMPARE(s.value("unit"_L1).toString(), m_unit);
        QCOMPARE(s.value("unit_name"_L1).toString(), u"Björkgården"_s);
        QCOMPARE(s.value("year"_L1).toInt(), m_year);
        QCOMPARE(s.value("seed"_L1).toString(), QString::number(m_seed)); // a string: 64 bits do not fit a double
        QCOMPARE(s.value("small"_L1).toBool(), false);
        QCOMPARE(s.value("samples_drawn"_L1).toInt(), 1);
        const int eligible = s.value("eligible"_L1).toInt();
        const QJsonArray plans = s.value("plans"_L1).toArray();
        QCOMPARE(plans.size(), m_sampled.size());
        QVERIFY(plans.size() * 10 >= eligible);
        for (int i = 0; i < plans.size(); ++i) {
            const QJsonObject p = plans.at(i).toObject();
            QCOMPARE(p.keys(), (QStringList { u"resident"_s, u"reviewed"_s, u"revision"_s }));
            QCOMPARE(p.value("resident"_L1).toString(), core::idToString(m_sampled.at(i).residentId));
            QCOMPARE(p.value("revision"_L1).toString(), core::idToString(m_sampled.at(i).revisionId));
            QCOMPARE(p.value("reviewed"_L1).toBool(), i == 0);
        }
        QCOMPARE(s.value("reviewed"_L1).toInt(), 1);
        const QJsonObject answers = s.value("answers"_L1).toObject();
        QCOMPARE(answers.size(), 5);
        QCOMPARE(answers.value("measurable_goals"_L1).toObject().value("no"_L1).toInt(), 1);
        QCOMPARE(answers.value("individual"_L1).toObject().value("yes"_L1).toInt(), 1);
    }

    void lastYearsDemoSampleIsReviewed()
    {
        const auto run = runAktenctl(
            { u"quality-sample"_s, u"--data-dir"_s, m_data, u"--year"_s, QString::number(m_year - 1), u"--json"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonObject s
            = QJsonDocument::fromJson(run.out).object().value("samples"_L1).toArray().first().toObject();
        QCOMPARE(s.value("year"_L1).toInt(), m_year - 1);
        const QJsonArray plans = s.value("plans"_L1).toArray();
        QVERIFY(!plans.isEmpty());
        QCOMPARE(s.value("reviewed"_L1).toInt(), plans.size());
        for (const QJsonValue &p : plans) {
            QVERIFY(p["reviewed"_L1].toBool());
            // Not drawn again this year (the unit is not small).
            for (const core::SampledPlan &now : std::as_const(m_sampled)) {
                QVERIFY(p["resident"_L1].toString() != core::idToString(now.residentId));
            }
        }
    }

    void tableIsReadable()
    {
        const auto run
            = runAktenctl({ u"quality-sample"_s, u"--data-dir"_s, m_data, u"--year"_s, QString::number(m_year) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(u"Björkgården (%1), %2: %3 of "_s.arg(m_unit).arg(m_year).arg(m_sampled.size())),
            run.out.constData());
        QVERIFY(out.contains(u"seed %1"_s.arg(m_seed)));
        QVERIFY(out.contains(core::idToString(m_sampled.at(0).residentId) + u"  "_s));
        QVERIFY(out.contains(u"reviewed: 1 of %1"_s.arg(m_sampled.size())));
        QVERIFY(out.contains(u"Solrosen, %1: no sample drawn"_s.arg(m_year)));
    }

    void printingIsAudited()
    {
        const auto run = runAktenctl(
            { u"audit"_s, u"--data-dir"_s, m_data, u"--json"_s, u"--action"_s, u"view.quality_sample"_s });
        QCOMPARE(run.exitCode, 0);
        const QJsonArray events = QJsonDocument::fromJson(run.out).array();
        QVERIFY(events.size() >= 2); // jsonHasTheSample and tableIsReadable
        QVERIFY(events.first().toObject().value("detail"_L1).toString().contains(QString::number(m_year)));
        const auto writes
            = runAktenctl({ u"audit"_s, u"--data-dir"_s, m_data, u"--json"_s, u"--action"_s, u"write.quality"_s });
        const QJsonArray all = QJsonDocument::fromJson(writes.out).array();
        QVERIFY(all.size() > 2); // the demo's (last year's review) first
        const QJsonArray written { all.at(all.size() - 2), all.at(all.size() - 1) };
        QCOMPARE(written.at(0).toObject().value("action"_L1).toString(), u"write.quality_sample"_s);
        QVERIFY(written.at(0).toObject().value("detail"_L1).toString().contains(u"seed=%1"_s.arg(m_seed)));
        QCOMPARE(written.at(1).toObject().value("action"_L1).toString(), u"write.quality_review"_s);
        const auto stats = runAktenctl({ u"stats"_s, u"--data-dir"_s, m_data, u"--json"_s });
        const QJsonObject counts = QJsonDocument::fromJson(stats.out).object();
        QCOMPARE(counts.value("quality_samples"_L1).toInt(), 2); // last year's (the demo's) and this year's
        QCOMPARE(counts.value("quality_reviews"_L1).toInt(), all.size() - 2); // an event per sample (2) and review
    }

    void badInputIsOneErrorLineAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString next = QString::number(core::careToday().year() + 1);
        QTest::newRow("future") << QStringList { u"--year"_s, next } << u"is in the future"_s;
        QTest::newRow("two digits") << QStringList { u"--year"_s, u"26"_s } << u"must be a year as YYYY"_s;
        QTest::newRow("words") << QStringList { u"--year"_s, u"last"_s } << u"must be a year as YYYY"_s;
        QTest::newRow("before 2000") << QStringList { u"--year"_s, u"1999"_s } << u"before 2000"_s;
        QTest::newRow("no year") << QStringList {} << u"--year YYYY is required"_s;
    }
    void badInputIsOneErrorLineAndWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const auto before = snapshotDir(m_data);
        const auto run = runAktenctl(QStringList { u"quality-sample"_s, u"--data-dir"_s, m_data, u"--json"_s } + args);
        expectOneErrorLine(run, 2);
        QVERIFY2(run.err.contains(message.toUtf8()), run.err.constData());
        QCOMPARE(snapshotDir(m_data), before);
    }
};

QTEST_GUILESS_MAIN(QualitySampleCliTest)
#include "qualitysampleclitest.moc"
