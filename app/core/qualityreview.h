// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The yearly quality review of implementation plans (domain.md D9): a sample of at least 10 % of a unit's set plans,
// drawn at random but reproducibly from a logged seed, never the same plan two years running unless the unit is
// small; one questionnaire per sampled plan (Ja / Delvis / Nej + a comment, five questions); a result per unit and
// year. Samples and reviews are immutable facts. Sensitive: the comments are personal data.
#pragma once

#include "app/core/recordmeta.h"

#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace akten::core {

/** One sampled plan: the resident's plan and the set revision it had when the sample was drawn. */
struct SampledPlan
{
    Id residentId;
    Id revisionId;
    bool operator==(const SampledPlan &) const = default;
};

/**
 * A unit's drawn sample for a year. Two tablets that drew one offline keep both (facts); the one with the lowest HLC
 * is the sample everywhere (winningSample()), so every tablet agrees once they have synced.
 */
struct QualitySample
{
    RecordMeta meta;
    Id unitId;
    int year = 0;
    quint64 seed = 0;
    /// The unit is small: excluding last year's sample left fewer plans than the sample size, so some of last year's
    /// plans were drawn again.
    bool small = false;
    int eligible = 0; ///< how many set plans the unit had when it was drawn
    QList<SampledPlan> plans;
};

/** The five questions of the review questionnaire, in the order they are asked. */
enum class ReviewQuestion { FollowsDecision, Individual, Participation, MeasurableGoals, FollowUpOnTime };
constexpr int kReviewQuestionCount = 5;
/** The longest comment to one question (characters). */
constexpr int kMaxReviewComment = 2000;
enum class ReviewAnswer { Yes, Partly, No };

struct ReviewItem
{
    std::optional<ReviewAnswer> answer;
    QString comment;
    bool operator==(const ReviewItem &) const = default;
};

/** The questionnaire for one sampled plan: who reviewed, when, and the five answers. */
struct QualityReview
{
    RecordMeta meta;
    Id sampleId;
    Id residentId;
    Id revisionId;
    QDate date; ///< the care date of the review
    QString reviewerName; ///< as it was when written ("Helena Strand")
    QString reviewerTitle; ///< ("enhetschef")
    std::array<ReviewItem, kReviewQuestionCount> items;
};

/** A unit's result for a year: how many of the sample were reviewed, and per question how many answered what. */
struct QualityResult
{
    int sampled = 0;
    int reviewed = 0;
    /// counts[question][answer] over the counted reviews (one per sampled plan: the first written).
    std::array<std::array<int, 3>, kReviewQuestionCount> counts {};
};

/** At least 10 % of `planCount`, rounded up; 0 only when there are no plans. */
[[nodiscard]] int sampleSize(int planCount);

struct SampleDraw
{
    QList<SampledPlan> plans;
    bool small = false;
};
/**
 * Draws the sample from `eligible` (one set plan per resident) with `seed`. Each plan's rank is the SHA-256 of
 * "<seed>:<resident id>", so the same seed and plans always give the same sample, whatever their order. Plans of
 * `lastYear` are left out; when that leaves fewer than the sample size the unit is small and the lowest-ranked of
 * last year's plans fill the rest.
 */
[[nodiscard]] SampleDraw drawSample(const QList<SampledPlan> &eligible, const QList<Id> &lastYear, quint64 seed);

/** The sample every tablet agrees on among those drawn for one unit and year: the lowest HLC; nullptr if none. */
[[nodiscard]] const QualitySample *winningSample(const QList<QualitySample> &samples);

enum class YearProblem { None, Malformed, Future, TooEarly };
/** Whether a sample may be drawn for `year` on `today` (this year or an earlier one from 2000 on). */
[[nodiscard]] YearProblem checkYear(int year, const QDate &today);
/** Parses "YYYY" (four digits) or gives 0. */
[[nodiscard]] int parseYear(const QString &text);

/** The questions (0-based) not answered yet; empty = the questionnaire may be saved. */
[[nodiscard]] QList<int> unansweredQuestions(const QualityReview &review);
/** Whether `review` names a plan of `sample` (same resident and revision). */
[[nodiscard]] bool inSample(const QualitySample &sample, const Id &residentId, const Id &revisionId);

/** The result of `sample`: its reviews counted once per sampled plan (the earliest by HLC). */
[[nodiscard]] QualityResult qualityResult(const QualitySample &sample, const QList<QualityReview> &reviews);

[[nodiscard]] QString questionCode(int question);
[[nodiscard]] QString toCode(ReviewAnswer v);
[[nodiscard]] QString labelSv(ReviewAnswer v);
[[nodiscard]] std::optional<ReviewAnswer> reviewAnswerFromCode(const QString &code);

} // namespace akten::core
