// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The quality review's rules (core/qualityreview.h): the sample is at least 10 % rounded up, the same seed draws the
// same plans whatever their order, last year's plans are left out unless the unit is small, the winning sample is
// the lowest HLC, and a questionnaire with an unanswered question is refused.
#include "app/core/qualityreview.h"

#include <QSet>
#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

namespace {

QList<core::SampledPlan> plans(int n)
{
    QList<core::SampledPlan> list;
    for (int i = 0; i < n; ++i) {
        list.append({ QUuid::createUuid(), QUuid::createUuid() });
    }
    return list;
}

QList<core::Id> residentsOf(const QList<core::SampledPlan> &list)
{
    QList<core::Id> ids;
    for (const auto &p : list) {
        ids.append(p.residentId);
    }
    return ids;
}

} // namespace

class QualityReviewTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizeIsTenPercentRoundedUp_data()
    {
        QTest::addColumn<int>("plans");
        QTest::addColumn<int>("size");
        QTest::newRow("none") << 0 << 0;
        QTest::newRow("one") << 1 << 1;
        QTest::newRow("nine") << 9 << 1;
        QTest::newRow("ten") << 10 << 1;
        QTest::newRow("eleven") << 11 << 2;
        QTest::newRow("thirteen") << 13 << 2;
        QTest::newRow("hundred") << 100 << 10;
        QTest::newRow("hundred and one") << 101 << 11;
    }
    void sizeIsTenPercentRoundedUp()
    {
        QFETCH(int, plans);
        QFETCH(int, size);
        QCOMPARE(core::sampleSize(plans), size);
        const auto draw = core::drawSample(::plans(plans), {}, 42);
        QCOMPARE(draw.plans.size(), size);
        QVERIFY(size * 10 >= plans);
        QVERIFY(!draw.small);
    }

    void sameSeedSameSampleWhateverTheOrder()
    {
        const auto all = plans(57);
        const auto first = core::drawSample(all, {}, 1234567890123ULL);
        QList<core::SampledPlan> reversed(all.crbegin(), all.crend());
        QCOMPARE(core::drawSample(reversed, {}, 1234567890123ULL).plans, first.plans);
        QCOMPARE(first.plans.size(), 6);
        // Another seed draws other plans (with 57 plans, the same six twice would be a broken rank).
        QVERIFY(core::drawSample(all, {}, 1234567890124ULL).plans != first.plans);
        for (const auto &p : first.plans) {
            QVERIFY(all.contains(p));
        }
    }

    void neverTheSamePlanTwoYearsRunning()
    {
        const auto all = plans(40);
        for (quint64 seed = 1; seed < 50; ++seed) {
            const auto lastYear = core::drawSample(all, {}, seed);
            const auto thisYear = core::drawSample(all, residentsOf(lastYear.plans), seed * 7919);
            QVERIFY(!thisYear.small);
            QCOMPARE(thisYear.plans.size(), 4);
            for (const auto &p : thisYear.plans) {
                QVERIFY(!lastYear.plans.contains(p));
            }
        }
    }

    void aSmallUnitTakesFromLastYear()
    {
        // Three plans, one a year; last year's took two (the unit had 11 plans then, some moved out): one fresh left.
        const auto all = plans(3);
        const QList<core::Id> lastYear { all.at(0).residentId, all.at(1).residentId };
        const auto draw = core::drawSample(all, lastYear, 99);
        QCOMPARE(draw.plans.size(), 1);
        QCOMPARE(draw.plans.constFirst(), all.at(2)); // the fresh plan first
        QVERIFY(!draw.small);
        // All of them last year: the unit is small, and the sample still has its size from last year's plans.
        const auto again = core::drawSample(all, residentsOf(all), 99);
        QVERIFY(again.small);
        QCOMPARE(again.plans.size(), 1);
        // Eleven plans (size 2) with ten of them last year: one fresh, one again.
        const auto eleven = plans(11);
        const auto mixed = core::drawSample(eleven, residentsOf(eleven.mid(0, 10)), 5);
        QVERIFY(mixed.small);
        QCOMPARE(mixed.plans.size(), 2);
        QVERIFY(mixed.plans.contains(eleven.at(10)));
    }

    void lowestHlcWins()
    {
        QList<core::QualitySample> samples(2);
        samples[0].seed = 1;
        samples[0].meta.hlc = { 2000, 0 };
        samples[1].seed = 2;
        samples[1].meta.hlc = { 1000, 5 };
        QCOMPARE(core::winningSample(samples)->seed, 2ULL);
        std::swap(samples[0], samples[1]);
        QCOMPARE(core::winningSample(samples)->seed, 2ULL);
        QCOMPARE(core::winningSample({}), nullptr);
    }

    void yearMustBeThisOrEarlier()
    {
        const QDate today(2026, 11, 29);
        QCOMPARE(core::checkYear(2026, today), core::YearProblem::None);
        QCOMPARE(core::checkYear(2025, today), core::YearProblem::None);
        QCOMPARE(core::checkYear(2027, today), core::YearProblem::Future);
        QCOMPARE(core::checkYear(1999, today), core::YearProblem::TooEarly);
        QCOMPARE(core::checkYear(core::parseYear(u"26"_s), today), core::YearProblem::Malformed);
        QCOMPARE(core::parseYear(u"2026"_s), 2026);
        QCOMPARE(core::parseYear(u"2026x"_s), 0);
        QCOMPARE(core::parseYear(u"-202"_s), 0);
        QCOMPARE(core::parseYear(QString()), 0);
    }

    void questionnaireNeedsEveryAnswer()
    {
        core::QualityReview review;
        QCOMPARE(core::unansweredQuestions(review), (QList<int> { 0, 1, 2, 3, 4 }));
        for (auto &item : review.items) {
            item.answer = core::ReviewAnswer::Yes;
        }
        review.items[3].answer.reset();
        review.items[3].comment = u"Målen saknar tid."_s; // a comment is not an answer
        QCOMPARE(core::unansweredQuestions(review), (QList<int> { 3 }));
        review.items[3].answer = core::ReviewAnswer::No;
        QVERIFY(core::unansweredQuestions(review).isEmpty());
    }

    void resultCountsOneReviewPerSampledPlan()
    {
        core::QualitySample sample;
        sample.plans = plans(3);
        const auto answered = [&](int plan, core::ReviewAnswer a, qint64 ms) {
            core::QualityReview r;
            r.residentId = sample.plans.at(plan).residentId;
            r.revisionId = sample.plans.at(plan).revisionId;
            r.meta.hlc = { ms, 0 };
            for (auto &item : r.items) {
                item.answer = a;
            }
            return r;
        };
        core::QualityReview outside = answered(0, core::ReviewAnswer::No, 1);
        outside.revisionId = QUuid::createUuid(); // another revision than the sampled one
        const auto result = core::qualityResult(sample,
            { answered(0, core::ReviewAnswer::Partly, 20), answered(0, core::ReviewAnswer::No, 30),
                answered(2, core::ReviewAnswer::Yes, 10), outside });
        QCOMPARE(result.sampled, 3);
        QCOMPARE(result.reviewed, 2);
        for (int q = 0; q < core::kReviewQuestionCount; ++q) {
            QCOMPARE(result.counts[q][int(core::ReviewAnswer::Yes)], 1);
            QCOMPARE(result.counts[q][int(core::ReviewAnswer::Partly)], 1); // the earlier of plan 0's two
            QCOMPARE(result.counts[q][int(core::ReviewAnswer::No)], 0);
        }
    }

    void codesRoundTrip()
    {
        for (const auto a : { core::ReviewAnswer::Yes, core::ReviewAnswer::Partly, core::ReviewAnswer::No }) {
            QCOMPARE(core::reviewAnswerFromCode(core::toCode(a)), a);
        }
        QVERIFY(!core::reviewAnswerFromCode(u"maybe"_s));
        QSet<QString> codes;
        for (int q = 0; q < core::kReviewQuestionCount; ++q) {
            QVERIFY(!core::questionCode(q).isEmpty());
            codes.insert(core::questionCode(q));
        }
        QCOMPARE(codes.size(), core::kReviewQuestionCount);
    }
};

QTEST_GUILESS_MAIN(QualityReviewTest)
#include "qualityreviewtest.moc"
