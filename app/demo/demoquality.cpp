// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demoquality.h"

#include "app/core/caretime.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::demo {
namespace {

/** Answers and comments of the demo's questionnaires, one set per sampled plan (neutral words, no names). */
struct DemoReview
{
    std::array<core::ReviewAnswer, core::kReviewQuestionCount> answers;
    std::array<const char16_t *, core::kReviewQuestionCount> comments;
};

const QList<DemoReview> &demoReviews()
{
    using A = core::ReviewAnswer;
    static const QList<DemoReview> reviews {
        { { A::Yes, A::Yes, A::Partly, A::Yes, A::Yes },
            { u"", u"", u"Det står hur den enskilde deltog, men inte vad den enskilde tyckte om tiderna.", u"", u"" } },
        { { A::Yes, A::Partly, A::Yes, A::No, A::Yes },
            { u"", u"Två aktiviteter är skrivna som i en mall.", u"",
                u"Målen säger inte hur ofta eller hur vi märker att de är nådda.", u"" } },
        { { A::Yes, A::Yes, A::Yes, A::Partly, A::Partly },
            { u"", u"", u"", u"Ett av tre mål är mätbart.", u"Uppföljningen gjordes två veckor för sent." } },
    };
    return reviews;
}

} // namespace

void addLastYearsQualityReview(DemoData &data, DemoIds &ids, const QDate &today)
{
    const int lastYear = today.year() - 1;
    const QDate drawn(lastYear, 12, 1);
    const core::Unit &unit = data.units.constFirst();
    const auto manager = std::find_if(data.staff.cbegin(), data.staff.cend(),
        [&](const core::Staff &s) { return s.role == core::StaffRole::UnitManager && s.unitIds.contains(unit.id); });
    if (manager == data.staff.cend()) {
        return;
    }
    // Each resident's newest plan revision set by the day of the draw.
    QList<core::SampledPlan> eligible;
    for (const core::Resident &resident : std::as_const(data.residents)) {
        if (resident.unitId != unit.id) {
            continue;
        }
        const core::PlanRevision *newest = nullptr;
        for (const core::PlanRevision &plan : std::as_const(data.plans)) {
            if (plan.residentId == resident.id && plan.status == core::PlanStatus::Established
                && plan.establishedOn < drawn && (!newest || newest->meta.hlc < plan.meta.hlc)) {
                newest = &plan;
            }
        }
        if (newest) {
            eligible.append({ resident.id, newest->meta.id });
        }
    }
    if (eligible.isEmpty()) {
        return; // early in a year the demo's oldest plans may be younger than last December
    }
    std::sort(eligible.begin(), eligible.end(), [](const core::SampledPlan &a, const core::SampledPlan &b) {
        return core::idToString(a.residentId) < core::idToString(b.residentId);
    });
    core::QualitySample sample;
    sample.meta = ids.meta(manager->id, QDateTime(drawn, QTime(9, 0), core::careTimeZone()));
    sample.unitId = unit.id;
    sample.year = lastYear;
    sample.seed = 20251201;
    sample.eligible = int(eligible.size());
    const core::SampleDraw draw = core::drawSample(eligible, {}, sample.seed);
    sample.plans = draw.plans;
    sample.small = draw.small;
    data.qualitySamples.append(sample);
    for (int i = 0; i < sample.plans.size(); ++i) {
        const DemoReview &answers = demoReviews().at(i % demoReviews().size());
        core::QualityReview review;
        review.date = drawn.addDays(7 + i);
        review.meta = ids.meta(manager->id, QDateTime(review.date, QTime(13, 0), core::careTimeZone()));
        review.sampleId = sample.meta.id;
        review.residentId = sample.plans.at(i).residentId;
        review.revisionId = sample.plans.at(i).revisionId;
        review.reviewerName = manager->displayName();
        review.reviewerTitle = manager->title;
        for (int q = 0; q < core::kReviewQuestionCount; ++q) {
            review.items[q] = { answers.answers.at(q), QString::fromUtf16(answers.comments.at(q)) };
        }
        data.qualityReviews.append(review);
    }
}

} // namespace akten::demo
