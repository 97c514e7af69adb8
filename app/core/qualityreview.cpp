// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/qualityreview.h"

#include <QCryptographicHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

/// The questions' codes, in core::ReviewQuestion order (also the review's column names).
constexpr std::array<const char *, kReviewQuestionCount> kQuestions { "follows_decision", "individual", "participation",
    "measurable_goals", "follow_up_on_time" };

QByteArray rankOf(quint64 seed, const Id &residentId)
{
    const QByteArray text = QString(QString::number(seed) + u':' + idToString(residentId)).toUtf8();
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

/** `plans` ordered by their rank under `seed` (ties, impossible in practice, by resident id). */
QList<SampledPlan> ranked(QList<SampledPlan> plans, quint64 seed)
{
    std::sort(plans.begin(), plans.end(), [seed](const SampledPlan &a, const SampledPlan &b) {
        const QByteArray ra = rankOf(seed, a.residentId);
        const QByteArray rb = rankOf(seed, b.residentId);
        return ra != rb ? ra < rb : idToString(a.residentId) < idToString(b.residentId);
    });
    return plans;
}

} // namespace

int sampleSize(int planCount)
{
    return planCount <= 0 ? 0 : (planCount + 9) / 10;
}

SampleDraw drawSample(const QList<SampledPlan> &eligible, const QList<Id> &lastYear, quint64 seed)
{
    const QSet<Id> before(lastYear.cbegin(), lastYear.cend());
    QList<SampledPlan> fresh;
    QList<SampledPlan> again;
    for (const SampledPlan &plan : eligible) {
        (before.contains(plan.residentId) ? again : fresh).append(plan);
    }
    const int size = sampleSize(int(eligible.size()));
    SampleDraw draw;
    draw.plans = ranked(fresh, seed).mid(0, size);
    if (draw.plans.size() < size) {
        draw.small = true;
        draw.plans += ranked(again, seed).mid(0, size - draw.plans.size());
    }
    return draw;
}

const QualitySample *winningSample(const QList<QualitySample> &samples)
{
    const auto lowest = std::min_element(samples.cbegin(), samples.cend(),
        [](const QualitySample &a, const QualitySample &b) { return a.meta.hlc < b.meta.hlc; });
    return lowest == samples.cend() ? nullptr : &*lowest;
}

YearProblem checkYear(int year, const QDate &today)
{
    if (year <= 0) {
        return YearProblem::Malformed;
    }
    if (year > today.year()) {
        return YearProblem::Future;
    }
    return year < 2000 ? YearProblem::TooEarly : YearProblem::None;
}

int parseYear(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() != 4 || !std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); })) {
        return 0;
    }
    return trimmed.toInt();
}

QList<int> unansweredQuestions(const QualityReview &review)
{
    QList<int> missing;
    for (int q = 0; q < kReviewQuestionCount; ++q) {
        if (!review.items.at(q).answer) {
            missing.append(q);
        }
    }
    return missing;
}

bool inSample(const QualitySample &sample, const Id &residentId, const Id &revisionId)
{
    return std::any_of(sample.plans.cbegin(), sample.plans.cend(),
        [&](const SampledPlan &p) { return p.residentId == residentId && p.revisionId == revisionId; });
}

QualityResult qualityResult(const QualitySample &sample, const QList<QualityReview> &reviews)
{
    QualityResult result;
    result.sampled = int(sample.plans.size());
    for (const SampledPlan &plan : sample.plans) {
        const QualityReview *first = nullptr;
        for (const QualityReview &review : reviews) {
            if (review.residentId == plan.residentId && review.revisionId == plan.revisionId
                && unansweredQuestions(review).isEmpty() && (!first || review.meta.hlc < first->meta.hlc)) {
                first = &review;
            }
        }
        if (!first) {
            continue;
        }
        ++result.reviewed;
        for (int q = 0; q < kReviewQuestionCount; ++q) {
            ++result.counts[q][int(*first->items.at(q).answer)];
        }
    }
    return result;
}

QString questionCode(int question)
{
    return question >= 0 && question < kReviewQuestionCount ? QString::fromLatin1(kQuestions.at(question)) : QString();
}

QString toCode(ReviewAnswer v)
{
    switch (v) {
    case ReviewAnswer::Yes:
        return u"yes"_s;
    case ReviewAnswer::Partly:
        return u"partly"_s;
    case ReviewAnswer::No:
        return u"no"_s;
    }
    return {};
}

QString labelSv(ReviewAnswer v)
{
    switch (v) {
    case ReviewAnswer::Yes:
        return u"Ja"_s;
    case ReviewAnswer::Partly:
        return u"Delvis"_s;
    case ReviewAnswer::No:
        return u"Nej"_s;
    }
    return {};
}

std::optional<ReviewAnswer> reviewAnswerFromCode(const QString &code)
{
    for (const ReviewAnswer a : { ReviewAnswer::Yes, ReviewAnswer::Partly, ReviewAnswer::No }) {
        if (toCode(a) == code) {
            return a;
        }
    }
    return std::nullopt;
}

} // namespace akten::core
