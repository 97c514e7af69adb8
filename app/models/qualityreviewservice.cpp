// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/qualityreviewservice.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"
#include "app/store/qualityreviewrepository.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

QualityReviewService::Outcome problem(QualityReviewService::Problem p, const QString &log)
{
    QualityReviewService::Outcome outcome;
    outcome.problem = p;
    outcome.logMessage = log;
    return outcome;
}

} // namespace

QualityReviewService::QualityReviewService(
    store::DeviceStore &store, store::MasterDataRepository &master, auth::AccessAudit &audit, const core::Clock &clock)
    : m_store(store)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
{ }

bool QualityReviewService::mayReview(const auth::SessionUser &user, const core::Id &unitId)
{
    return user.role == core::StaffRole::Sas
        || (user.role == core::StaffRole::UnitManager && user.unitIds.contains(unitId));
}

akten::Result<QList<core::SampledPlan>> QualityReviewService::setPlans(const core::Id &unitId) const
{
    const auto residents = m_master.residents(unitId);
    if (!residents) {
        return residents.error();
    }
    QList<core::SampledPlan> plans;
    for (const core::Resident &resident : residents.value()) {
        if (caseClosed(resident.id)) {
            continue; // a closed case's record is read-only and archived: its plan is no longer the unit's to review
        }
        const auto heads = store::PlanRepository(m_store.db()).heads(resident.id);
        if (!heads) {
            return heads.error();
        }
        const core::PlanRevision *newest = nullptr;
        for (const core::PlanRevision &r : heads.value()) {
            if (r.status == core::PlanStatus::Established && (!newest || newest->meta.hlc < r.meta.hlc)) {
                newest = &r;
            }
        }
        if (newest) {
            plans.append({ resident.id, newest->meta.id });
        }
    }
    std::sort(plans.begin(), plans.end(), [](const core::SampledPlan &a, const core::SampledPlan &b) {
        return core::idToString(a.residentId) < core::idToString(b.residentId);
    });
    return plans;
}

bool QualityReviewService::caseClosed(const core::Id &residentId) const
{
    const auto closure = store::CaseClosureRepository(m_store.db()).closure(residentId);
    return closure && closure.value().has_value(); // unreadable: the store guard still refuses a write
}

akten::Result<std::optional<core::QualitySample>> QualityReviewService::sample(const core::Id &unitId, int year) const
{
    const auto samples = store::QualityReviewRepository(m_store.db()).samples(unitId, year);
    if (!samples) {
        return samples.error();
    }
    const core::QualitySample *winner = core::winningSample(samples.value());
    return winner ? std::optional(*winner) : std::nullopt;
}

akten::Result<QList<core::QualityReview>> QualityReviewService::reviews(const core::Id &unitId, int year) const
{
    return store::QualityReviewRepository(m_store.db()).reviews(unitId, year);
}

QualityReviewService::Outcome QualityReviewService::draw(
    const auth::SessionUser &user, const core::Id &unitId, int year, std::optional<quint64> seed)
{
    if (!mayReview(user, unitId)) {
        return problem(Problem::NotAllowed, u"only the unit manager or SAS draws the quality review sample"_s);
    }
    if (const auto bad = core::checkYear(year, core::careDate(m_clock.nowMs())); bad != core::YearProblem::None) {
        Outcome outcome = problem(Problem::BadYear, u"the year is in the future or not a year"_s);
        outcome.year = bad;
        return outcome;
    }
    const auto existing = sample(unitId, year);
    if (!existing) {
        return problem(Problem::StoreFailed, existing.error().message);
    }
    if (existing.value()) {
        return problem(Problem::AlreadyDrawn, u"the unit's sample for the year is already drawn"_s);
    }
    const auto plans = setPlans(unitId);
    if (!plans) {
        return problem(Problem::StoreFailed, plans.error().message);
    }
    if (plans.value().isEmpty()) {
        return problem(Problem::NoPlans, u"the unit has no set plan to sample"_s);
    }
    const auto lastYear = sample(unitId, year - 1);
    if (!lastYear) {
        return problem(Problem::StoreFailed, lastYear.error().message);
    }
    QList<core::Id> before;
    for (const core::SampledPlan &p : lastYear.value() ? lastYear.value()->plans : QList<core::SampledPlan> {}) {
        before.append(p.residentId);
    }
    core::QualitySample drawn;
    drawn.unitId = unitId;
    drawn.year = year;
    drawn.seed = seed ? *seed : QRandomGenerator::system()->generate64();
    drawn.eligible = int(plans.value().size());
    const core::SampleDraw draw = core::drawSample(plans.value(), before, drawn.seed);
    drawn.plans = draw.plans;
    drawn.small = draw.small;
    // The seed is logged with the sample: anyone can draw it again from the seed and the unit's plans.
    const QString detail = u"year=%1 seed=%2 sampled=%3 of %4%5"_s.arg(year)
                               .arg(drawn.seed)
                               .arg(drawn.plans.size())
                               .arg(drawn.eligible)
                               .arg(drawn.small ? u" small"_s : QString());
    const QList<auth::AuditedWrite> writes { { u"write.quality_sample"_s, std::nullopt, unitId, detail,
        [&](store::DeviceStore &store) {
            drawn.meta = store.stamper().stamp(user.staffId);
            return store::QualityReviewRepository(store.db()).addSample(drawn);
        } } };
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    outcome.recordId = drawn.meta.id;
    return outcome;
}

QualityReviewService::Outcome QualityReviewService::review(const auth::SessionUser &user, core::QualityReview review)
{
    store::QualityReviewRepository repository(m_store.db());
    const auto named = repository.sampleById(review.sampleId);
    if (!named) {
        return problem(Problem::StoreFailed, named.error().message);
    }
    if (!named.value()) {
        return problem(Problem::NoSample, u"no such quality review sample"_s);
    }
    const core::QualitySample &drawn = *named.value();
    if (!mayReview(user, drawn.unitId)) {
        return problem(Problem::NotAllowed, u"only the unit manager or SAS reviews a sampled plan"_s);
    }
    const auto current = sample(drawn.unitId, drawn.year);
    if (!current) {
        return problem(Problem::StoreFailed, current.error().message);
    }
    // A sample another tablet drew first (lower HLC) is the year's sample: this one's plans are not reviewed.
    if (!current.value() || current.value()->meta.id != drawn.meta.id
        || !core::inSample(drawn, review.residentId, review.revisionId)) {
        return problem(Problem::NotInSample, u"the plan is not in the year's sample"_s);
    }
    // Closed after the draw: the store refuses every row about the resident (ClosedCaseGuard), so it is said here.
    if (caseClosed(review.residentId)) {
        return problem(Problem::CaseClosed, u"the resident's case is closed"_s);
    }
    const auto written = repository.reviews(drawn.unitId, drawn.year);
    if (!written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    if (std::any_of(written.value().cbegin(), written.value().cend(), [&](const core::QualityReview &r) {
            return r.residentId == review.residentId && r.revisionId == review.revisionId;
        })) {
        return problem(Problem::AlreadyReviewed, u"the plan's questionnaire is already written"_s);
    }
    if (const auto missing = core::unansweredQuestions(review); !missing.isEmpty()) {
        Outcome outcome = problem(Problem::Incomplete, u"the questionnaire has unanswered questions"_s);
        outcome.unanswered = missing;
        return outcome;
    }
    review.date = core::careDate(m_clock.nowMs());
    review.reviewerName = user.displayName;
    review.reviewerTitle = user.title;
    QStringList answers;
    for (const core::ReviewItem &item : review.items) {
        answers << core::toCode(*item.answer);
    }
    const QList<auth::AuditedWrite> writes { { u"write.quality_review"_s, review.residentId, drawn.unitId,
        u"year=%1 %2"_s.arg(drawn.year).arg(answers.join(u',')), [&](store::DeviceStore &store) {
            review.meta = store.stamper().stamp(user.staffId);
            return store::QualityReviewRepository(store.db()).addReview(review);
        } } };
    if (auto stored = m_audit.recordWrites(&user, writes); !stored) {
        return problem(Problem::StoreFailed, stored.error().message);
    }
    Outcome outcome;
    outcome.recordId = review.meta.id;
    return outcome;
}
