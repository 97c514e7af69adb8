// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/qualityreview.h"
#include "app/core/result.h"

#include <QList>

#include <optional>

namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
}
namespace akten::store {
class DeviceStore;
class MasterDataRepository;
} // namespace akten::store

/**
 * The write path of the yearly quality review (domain.md D9, core/qualityreview.h): drawing a unit's sample for a
 * year (the sample record with its seed, and an audit event "write.quality_sample" whose detail logs the seed) and
 * saving one questionnaire per sampled plan ("write.quality_review"), each in one transaction. Only the unit's
 * manager and SAS; a refusal writes nothing. GUI thread, like its store.
 */
class QualityReviewService
{
public:
    enum class Problem {
        None,
        NotAllowed, ///< neither the unit's manager nor SAS
        BadYear, ///< see `year`
        AlreadyDrawn, ///< the unit has a sample for the year: it is never drawn again
        NoPlans, ///< the unit has no set plan to sample
        NoSample, ///< no sample for the unit and year
        NotInSample, ///< the plan is not in the year's sample
        AlreadyReviewed, ///< the plan's questionnaire is written
        CaseClosed, ///< the resident's case was closed after the draw: the record is read-only, the plan not reviewed
        Incomplete, ///< see `unanswered`
        StoreFailed, ///< the store or the audit log could not write: nothing was written
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        akten::core::YearProblem year = akten::core::YearProblem::None;
        QList<int> unanswered;
        akten::core::Id recordId;
        QString logMessage; ///< English, never personal data
        explicit operator bool() const { return problem == Problem::None; }
    };

    QualityReviewService(akten::store::DeviceStore &store, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock);

    /** The unit's manager, or SAS (who sees every unit on the device). */
    [[nodiscard]] static bool mayReview(const akten::auth::SessionUser &user, const akten::core::Id &unitId);
    /** Each resident of the unit with a set plan: their newest established head revision. Sorted by resident id. */
    [[nodiscard]] akten::Result<QList<akten::core::SampledPlan>> setPlans(const akten::core::Id &unitId) const;
    /** Whether the resident's case is closed (domain.md D3): their plan is not drawn, and not reviewed once drawn. */
    [[nodiscard]] bool caseClosed(const akten::core::Id &residentId) const;
    /** The sample every tablet agrees on for the unit and year (core::winningSample), if one was drawn. */
    [[nodiscard]] akten::Result<std::optional<akten::core::QualitySample>> sample(
        const akten::core::Id &unitId, int year) const;
    /** Every review written for the unit's samples of the year. */
    [[nodiscard]] akten::Result<QList<akten::core::QualityReview>> reviews(
        const akten::core::Id &unitId, int year) const;

    /** Draws and stores the unit's sample for `year`; `seed` for tests, else a random one from the system. */
    [[nodiscard]] Outcome draw(const akten::auth::SessionUser &user, const akten::core::Id &unitId, int year,
        std::optional<quint64> seed = std::nullopt);
    /** Saves the questionnaire (its date: today in care time; its reviewer and meta stamped here). */
    [[nodiscard]] Outcome review(const akten::auth::SessionUser &user, akten::core::QualityReview review);

private:
    akten::store::DeviceStore &m_store;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
};
