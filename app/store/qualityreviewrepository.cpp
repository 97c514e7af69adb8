// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/qualityreviewrepository.h"

#include "app/store/database.h"
#include "app/store/rowcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

QString compact(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

constexpr auto kSampleColumns
    = "id, author_id, device_id, hlc, wall_ms, unit_id, sample_year, seed, small, eligible, plans"_L1;

core::QualitySample readSample(RowReader &r)
{
    core::QualitySample sample;
    sample.meta = r.meta(0);
    sample.unitId = r.id(5);
    sample.year = int(r.int64(6));
    sample.seed = r.text(7).toULongLong();
    sample.small = r.flag(8);
    sample.eligible = int(r.int64(9));
    for (const QJsonValue &plan : QJsonDocument::fromJson(r.text(10).toUtf8()).array()) {
        sample.plans.append({ core::idFromString(plan["resident_id"_L1].toString()),
            core::idFromString(plan["revision_id"_L1].toString()) });
    }
    return sample;
}

} // namespace

QualityReviewRepository::QualityReviewRepository(Database &db)
    : m_db(db)
{ }

Status QualityReviewRepository::addSample(const core::QualitySample &sample)
{
    QJsonArray plans;
    for (const core::SampledPlan &plan : sample.plans) {
        plans.append(QJsonObject { { u"resident_id"_s, core::idToString(plan.residentId) },
            { u"revision_id"_s, core::idToString(plan.revisionId) } });
    }
    auto statement
        = m_db.prepare(u"INSERT INTO quality_samples (id, author_id, device_id, hlc, wall_ms, unit_id, "
                       "sample_year, seed, small, eligible, plans) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, sample.meta);
    bindId(s, 6, sample.unitId);
    s.bind(7, qint64(sample.year));
    s.bind(8, QString::number(sample.seed));
    s.bind(9, qint64(sample.small ? 1 : 0));
    s.bind(10, qint64(sample.eligible));
    s.bind(11, compact(plans));
    return s.run();
}

Status QualityReviewRepository::addReview(const core::QualityReview &review)
{
    if (!core::unansweredQuestions(review).isEmpty() || !review.date.isValid()) {
        return Error { ErrorCode::InvalidInput, u"the questionnaire is not complete"_s };
    }
    QJsonArray comments;
    for (const core::ReviewItem &item : review.items) {
        if (item.comment.size() > core::kMaxReviewComment) {
            return Error { ErrorCode::InvalidInput, u"a comment is too long"_s };
        }
        comments.append(item.comment);
    }
    auto statement = m_db.prepare(
        u"INSERT INTO quality_reviews (id, author_id, device_id, hlc, wall_ms, sample_id, resident_id, revision_id, "
        "review_date, reviewer_name, reviewer_title, follows_decision, individual, participation, measurable_goals, "
        "follow_up_on_time, comments) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, review.meta);
    bindId(s, 6, review.sampleId);
    bindId(s, 7, review.residentId);
    bindId(s, 8, review.revisionId);
    bindDate(s, 9, review.date);
    s.bind(10, review.reviewerName);
    s.bind(11, review.reviewerTitle);
    for (int q = 0; q < core::kReviewQuestionCount; ++q) {
        s.bind(12 + q, core::toCode(*review.items.at(q).answer));
    }
    s.bind(17, compact(comments));
    return s.run();
}

Result<QList<core::QualitySample>> QualityReviewRepository::samples(const core::Id &unitId, int year) const
{
    return queryList<core::QualitySample>(m_db,
        u"SELECT %1 FROM quality_samples WHERE unit_id = ? AND sample_year = ? "
        "ORDER BY hlc"_s.arg(kSampleColumns),
        { core::idToString(unitId), QString::number(year) }, u"quality_samples"_s, readSample);
}

Result<std::optional<core::QualitySample>> QualityReviewRepository::sampleById(const core::Id &id) const
{
    auto found
        = queryList<core::QualitySample>(m_db, u"SELECT %1 FROM quality_samples WHERE id = ?"_s.arg(kSampleColumns),
            { core::idToString(id) }, u"quality_samples"_s, readSample);
    if (!found) {
        return found.error();
    }
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().constFirst());
}

Result<QList<core::QualityReview>> QualityReviewRepository::reviews(const core::Id &unitId, int year) const
{
    return queryList<core::QualityReview>(m_db,
        u"SELECT r.id, r.author_id, r.device_id, r.hlc, r.wall_ms, r.sample_id, r.resident_id, r.revision_id, "
        "r.review_date, r.reviewer_name, r.reviewer_title, r.follows_decision, r.individual, r.participation, "
        "r.measurable_goals, r.follow_up_on_time, r.comments FROM quality_reviews r "
        "JOIN quality_samples s ON s.id = r.sample_id WHERE s.unit_id = ? AND s.sample_year = ? ORDER BY r.hlc"_s,
        { core::idToString(unitId), QString::number(year) }, u"quality_reviews"_s, [](RowReader &r) {
            core::QualityReview review;
            review.meta = r.meta(0);
            review.sampleId = r.id(5);
            review.residentId = r.id(6);
            review.revisionId = r.id(7);
            review.date = r.date(8);
            review.reviewerName = r.text(9);
            review.reviewerTitle = r.text(10);
            const QJsonArray comments = QJsonDocument::fromJson(r.text(16).toUtf8()).array();
            for (int q = 0; q < core::kReviewQuestionCount; ++q) {
                review.items[q].answer = core::reviewAnswerFromCode(r.text(11 + q));
                review.items[q].comment = comments.at(q).toString();
            }
            return review;
        });
}

} // namespace akten::store
