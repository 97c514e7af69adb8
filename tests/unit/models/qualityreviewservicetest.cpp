// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The quality review on the demo store (domain.md D9): only the unit manager and SAS draw and review; a year in the
// future, a second draw, a plan outside the sample, a second review of a plan and an unanswered question are refused
// with nothing written; the sample is ≥ 10 % of the unit's set plans, drawn again from its logged seed; next year's
// leaves this year's plans out; the records are append-only and queued for sync; the audit events say what happened.
// A closed case (D3) is not drawn, and a sampled plan whose case was closed after the draw is refused with its reason.
#include "tests/support/demostore.h"
#include "tests/support/switchableaudit.h"

#include "app/core/caretime.h"
#include "app/models/caseclosureservice.h"
#include "app/models/qualityreviewcontroller.h"
#include "app/models/qualityreviewservice.h"
#include "app/models/qualitysamplelistmodel.h"
#include "app/store/auditlog.h"
#include "app/store/masterdatarepository.h"
#include "app/store/qualityreviewrepository.h"

#include <QTest>

using namespace akten;
using namespace Qt::StringLiterals;

class QualityReviewServiceTest : public QObject
{
    Q_OBJECT

private:
    test::DemoStore m_demo;
    std::unique_ptr<test::SwitchableAudit> m_audit;
    std::unique_ptr<store::MasterDataRepository> m_master;
    std::unique_ptr<QualityReviewService> m_service;
    core::Id m_unit;
    auth::SessionUser m_manager;
    auth::SessionUser m_otherManager; ///< the other unit's
    auth::SessionUser m_sas;
    auth::SessionUser m_carer;
    int m_year = 0;
    qint64 m_seededSamples = 0;
    qint64 m_seededReviews = 0;

    qint64 count(const QString &sql)
    {
        auto s = m_demo.store->db().prepare(sql);
        if (!s) {
            return -1;
        }
        const auto row = s.value().step();
        if (!row || !row.value()) {
            return -1;
        }
        return s.value().int64(0);
    }

    core::QualityReview answered(const core::QualitySample &sample, int plan)
    {
        core::QualityReview review;
        review.sampleId = sample.meta.id;
        review.residentId = sample.plans.at(plan).residentId;
        review.revisionId = sample.plans.at(plan).revisionId;
        for (auto &item : review.items) {
            item.answer = core::ReviewAnswer::Yes;
        }
        review.items[2].answer = core::ReviewAnswer::Partly;
        review.items[2].comment = u"Delaktigheten är beskriven men inte hur den enskilde tyckte."_s;
        return review;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_demo.create());
        m_audit = std::make_unique<test::SwitchableAudit>(*m_demo.store);
        m_master = std::make_unique<store::MasterDataRepository>(m_demo.store->db());
        m_service = std::make_unique<QualityReviewService>(*m_demo.store, *m_master, *m_audit, m_demo.clock);
        m_unit = m_demo.data.units.constFirst().id;
        for (const core::Staff &s : std::as_const(m_demo.data.staff)) {
            const bool here = s.unitIds.contains(m_unit);
            if (s.role == core::StaffRole::UnitManager) {
                (here ? m_manager : m_otherManager) = auth::sessionUserOf(s);
            } else if (s.role == core::StaffRole::Sas) {
                m_sas = auth::sessionUserOf(s);
            } else if (here && m_carer.staffId.isNull()) {
                m_carer = auth::sessionUserOf(s);
            }
        }
        QVERIFY(!m_manager.staffId.isNull() && !m_otherManager.staffId.isNull());
        QVERIFY(!m_sas.staffId.isNull() && !m_carer.staffId.isNull());
        m_year = core::careDate(m_demo.clock.nowMs()).year();
        // The demo holds last year's sample and reviews; this year's the manager draws.
        m_seededSamples = count(u"SELECT count(*) FROM quality_samples"_s);
        m_seededReviews = count(u"SELECT count(*) FROM quality_reviews"_s);
        QCOMPARE(m_seededSamples, 1);
        QVERIFY(m_seededReviews >= 1);
        QVERIFY(!m_service->sample(m_unit, m_year).value());
        QVERIFY(m_service->sample(m_unit, m_year - 1).value());
    }

    void badInputWritesNothing()
    {
        const qint64 audits = count(u"SELECT count(*) FROM audit_events"_s);
        QCOMPARE(m_service->draw(m_carer, m_unit, m_year).problem, QualityReviewService::Problem::NotAllowed);
        QCOMPARE(m_service->draw(m_otherManager, m_unit, m_year).problem, QualityReviewService::Problem::NotAllowed);
        const auto future = m_service->draw(m_manager, m_unit, m_year + 1);
        QCOMPARE(future.problem, QualityReviewService::Problem::BadYear);
        QCOMPARE(future.year, core::YearProblem::Future);
        QCOMPARE(m_service->draw(m_manager, m_unit, 0).year, core::YearProblem::Malformed);
        QCOMPARE(count(u"SELECT count(*) FROM quality_samples"_s), m_seededSamples);
        QCOMPARE(count(u"SELECT count(*) FROM audit_events"_s), audits);
    }

    void drawsAtLeastTenPercentFromALoggedSeed()
    {
        const auto plans = m_service->setPlans(m_unit).value();
        QVERIFY2(plans.size() >= 10, "the demo unit has enough set plans for a sample");
        const auto drawn = m_service->draw(m_manager, m_unit, m_year, 4242);
        QVERIFY2(drawn, qPrintable(drawn.logMessage));
        const auto sample = m_service->sample(m_unit, m_year).value();
        QVERIFY(sample);
        QCOMPARE(sample->meta.id, drawn.recordId);
        QCOMPARE(sample->seed, 4242ULL);
        QCOMPARE(sample->eligible, plans.size());
        QVERIFY(sample->plans.size() * 10 >= plans.size());
        QCOMPARE(sample->plans.size(), core::sampleSize(int(plans.size())));
        // Reproducible: the seed, the plans and last year's sample (the demo's) give the same sample; none of last
        // year's plans is drawn again (14 plans: the unit is not small).
        const auto lastYear = m_service->sample(m_unit, m_year - 1).value();
        QList<core::Id> before;
        for (const core::SampledPlan &p : lastYear->plans) {
            before.append(p.residentId);
            QVERIFY(!sample->plans.contains(p));
        }
        QVERIFY(!sample->small);
        QCOMPARE(core::drawSample(plans, before, sample->seed).plans, sample->plans);
        // The seed is in the audit event, with the unit and without a resident.
        auto event = m_demo.store->db().prepare(u"SELECT detail, unit_id, resident_id IS NULL FROM audit_events "
                                                "WHERE action = 'write.quality_sample' ORDER BY seq DESC"_s);
        QVERIFY(event && event.value().step().value());
        QVERIFY(event.value().text(0).contains(u"seed=4242"_s));
        QCOMPARE(event.value().text(1), core::idToString(m_unit));
        QCOMPARE(event.value().int64(2), 1);
        QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE kind = 'quality_sample'"_s), m_seededSamples + 1);
        // Never drawn twice.
        QCOMPARE(m_service->draw(m_sas, m_unit, m_year).problem, QualityReviewService::Problem::AlreadyDrawn);
        QCOMPARE(count(u"SELECT count(*) FROM quality_samples"_s), m_seededSamples + 1);
    }

    void reviewsOnlySampledPlansOnceAndComplete()
    {
        const auto sample = *m_service->sample(m_unit, m_year).value();
        const qint64 audits = count(u"SELECT count(*) FROM audit_events"_s);
        core::QualityReview incomplete = answered(sample, 0);
        incomplete.items[4].answer.reset();
        const auto refused = m_service->review(m_manager, incomplete);
        QCOMPARE(refused.problem, QualityReviewService::Problem::Incomplete);
        QCOMPARE(refused.unanswered, QList<int> { 4 });
        core::QualityReview outside = answered(sample, 0);
        const auto plans = m_service->setPlans(m_unit).value();
        for (const core::SampledPlan &p : plans) {
            if (!sample.plans.contains(p)) {
                outside.residentId = p.residentId;
                outside.revisionId = p.revisionId;
                break;
            }
        }
        QCOMPARE(m_service->review(m_manager, outside).problem, QualityReviewService::Problem::NotInSample);
        QCOMPARE(m_service->review(m_carer, answered(sample, 0)).problem, QualityReviewService::Problem::NotAllowed);
        QCOMPARE(count(u"SELECT count(*) FROM quality_reviews"_s), m_seededReviews);
        QCOMPARE(count(u"SELECT count(*) FROM audit_events"_s), audits);

        const auto saved = m_service->review(m_sas, answered(sample, 0));
        QVERIFY2(saved, qPrintable(saved.logMessage));
        QCOMPARE(
            m_service->review(m_manager, answered(sample, 0)).problem, QualityReviewService::Problem::AlreadyReviewed);
        const auto reviews = m_service->reviews(m_unit, m_year).value();
        QCOMPARE(reviews.size(), 1);
        QCOMPARE(reviews.constFirst().reviewerName, m_sas.displayName);
        QCOMPARE(reviews.constFirst().date, core::careDate(m_demo.clock.nowMs()));
        QCOMPARE(reviews.constFirst().items.at(2).answer, core::ReviewAnswer::Partly);
        QVERIFY(reviews.constFirst().items.at(2).comment.startsWith(u"Delaktigheten"_s));
        const auto result = core::qualityResult(sample, reviews);
        QCOMPARE(result.reviewed, 1);
        QCOMPARE(result.counts[2][int(core::ReviewAnswer::Partly)], 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_events WHERE action = 'write.quality_review' AND detail LIKE "
                       "'%yes,yes,partly,yes,yes'"_s),
            1);
        QCOMPARE(count(u"SELECT count(*) FROM sync_outbox WHERE kind = 'quality_review'"_s), m_seededReviews + 1);
    }

    void aFailedAuditWritesNoReview()
    {
        const auto sample = *m_service->sample(m_unit, m_year).value();
        m_audit->failing = true;
        const auto outcome = m_service->review(m_manager, answered(sample, 1));
        m_audit->failing = false;
        QCOMPARE(outcome.problem, QualityReviewService::Problem::StoreFailed);
        QCOMPARE(count(u"SELECT count(*) FROM quality_reviews"_s), m_seededReviews + 1);
    }

    void appendOnly()
    {
        QVERIFY(!m_demo.store->db().exec(u"UPDATE quality_samples SET seed = '1'"_s));
        QVERIFY(!m_demo.store->db().exec(u"DELETE FROM quality_samples"_s));
        QVERIFY(!m_demo.store->db().exec(u"UPDATE quality_reviews SET individual = 'no'"_s));
        QVERIFY(!m_demo.store->db().exec(u"DELETE FROM quality_reviews"_s));
        // The schema refuses an unanswered question even from SQL.
        QVERIFY(!m_demo.store->db().exec(u"INSERT INTO quality_reviews SELECT id || 'x', author_id, device_id, hlc, "
                                         "wall_ms, sample_id, resident_id, revision_id, review_date, reviewer_name, "
                                         "reviewer_title, follows_decision, '', participation, measurable_goals, "
                                         "follow_up_on_time, comments FROM quality_reviews"_s));
        QCOMPARE(count(u"SELECT count(*) FROM quality_reviews"_s), m_seededReviews + 1);
    }

    void nextYearLeavesThisYearsPlansOut()
    {
        // Two earlier years drawn now (this year's and last year's are drawn already), the later one with the same
        // seed, which would rank the same plans first: the demo unit is not small, so no plan of the year before
        // comes back.
        const auto before = m_service->draw(m_manager, m_unit, m_year - 3, 7);
        QVERIFY(before);
        const auto last = m_service->draw(m_manager, m_unit, m_year - 2, 7); // the same seed: only the rule parts them
        QVERIFY(last);
        const auto older = *m_service->sample(m_unit, m_year - 3).value();
        const auto previous = *m_service->sample(m_unit, m_year - 2).value();
        QVERIFY(!previous.small);
        for (const core::SampledPlan &p : previous.plans) {
            QVERIFY(!older.plans.contains(p));
        }
    }

    void theLowestHlcIsTheSampleEverywhere()
    {
        // A second tablet drew the same year offline, later: kept, but the first one stays the sample.
        const auto first = *m_service->sample(m_unit, m_year).value();
        core::QualitySample other = first;
        other.meta.id = core::IdGenerator(m_demo.clock).next();
        other.meta.deviceId = u"demo-tablet-2"_s;
        other.meta.hlc.physicalMs += 60'000;
        other.seed = 1;
        QVERIFY(store::QualityReviewRepository(m_demo.store->db()).addSample(other));
        QCOMPARE(m_service->sample(m_unit, m_year).value()->meta.id, first.meta.id);
        core::QualityReview onOther = answered(other, 1);
        QCOMPARE(m_service->review(m_manager, onOther).problem, QualityReviewService::Problem::NotInSample);
    }

    void aClosedCaseIsNeitherDrawnNorReviewed()
    {
        // A sampled plan not yet reviewed, whose case the manager closes after the draw.
        const auto sample = *m_service->sample(m_unit, m_year).value();
        const auto reviewed = m_service->reviews(m_unit, m_year).value();
        qsizetype open = -1;
        for (qsizetype i = 0; i < sample.plans.size() && open < 0; ++i) {
            open = std::none_of(reviewed.cbegin(), reviewed.cend(),
                       [&](const core::QualityReview &r) { return r.residentId == sample.plans.at(i).residentId; })
                ? i
                : -1;
        }
        QVERIFY(open >= 0);
        const core::Id closedId = sample.plans.at(open).residentId;
        QVERIFY(!m_service->caseClosed(closedId));
        CaseClosureService closing(*m_demo.store, *m_master, *m_audit, m_demo.clock);
        const auto closed = closing.close(m_manager, closedId, core::ClosureReason::Moved, u"Till sin son i Luleå"_s,
            u"Flyttade till sin son. Insatserna avslutades i samråd med den enskilde och sonen."_s);
        QVERIFY2(closed, qPrintable(closed.logMessage));
        QVERIFY(m_service->caseClosed(closedId));

        // Reviewing it is refused by the service, said as such, before the store's guard is reached.
        const qint64 reviews = count(u"SELECT count(*) FROM quality_reviews"_s);
        QCOMPARE(m_service->review(m_manager, answered(sample, int(open))).problem,
            QualityReviewService::Problem::CaseClosed);
        QCOMPARE(count(u"SELECT count(*) FROM quality_reviews"_s), reviews);
        QualityReviewController controller(*m_service, *m_master, *m_audit, m_demo.clock, false);
        controller.setViewer(m_manager);
        QVERIFY(controller.open());
        QVERIFY(!controller.review(core::idToString(closedId)));
        QCOMPARE(controller.message(), u"Ärendet är avslutat och akten är låst, så planen granskas inte."_s);
        bool shown = false;
        for (int row = 0; row < controller.plans()->count(); ++row) {
            const QModelIndex index = controller.plans()->index(row);
            if (index.data(QualitySampleListModel::ResidentIdRole).toString() == core::idToString(closedId)) {
                QCOMPARE(
                    index.data(QualitySampleListModel::StatusRole).toString(), u"Ärendet avslutat – granskas inte"_s);
                shown = true;
            }
        }
        QVERIFY(shown);

        // The closed case's plan is not eligible when a sample is drawn.
        const auto eligible = m_service->setPlans(m_unit).value();
        QVERIFY(std::none_of(
            eligible.cbegin(), eligible.cend(), [&](const core::SampledPlan &p) { return p.residentId == closedId; }));
        const auto drawn = m_service->draw(m_manager, m_unit, m_year - 6, 99);
        QVERIFY2(drawn, qPrintable(drawn.logMessage));
        const auto older = *m_service->sample(m_unit, m_year - 6).value();
        QCOMPARE(older.eligible, int(eligible.size()));
        QVERIFY(std::none_of(older.plans.cbegin(), older.plans.cend(),
            [&](const core::SampledPlan &p) { return p.residentId == closedId; }));
    }
};

QTEST_GUILESS_MAIN(QualityReviewServiceTest)
#include "qualityreviewservicetest.moc"
