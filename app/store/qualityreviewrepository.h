// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/qualityreview.h"
#include "app/core/result.h"

#include <QList>

#include <optional>

namespace akten::store {

class Database;

/**
 * Quality review samples and questionnaires (0017_quality_review.sql): append-only facts (the triggers refuse any
 * change or delete). Same thread as its Database; no transactions of its own (QualityReviewService writes through
 * AccessAudit, with the audit events in the same transaction).
 */
class QualityReviewRepository
{
public:
    explicit QualityReviewRepository(Database &db);

    [[nodiscard]] Status addSample(const core::QualitySample &sample);
    /** Appends a complete review (every question answered); InvalidInput otherwise. */
    [[nodiscard]] Status addReview(const core::QualityReview &review);
    /** Every sample drawn for the unit and year (more than one only if two tablets drew one offline). */
    [[nodiscard]] Result<QList<core::QualitySample>> samples(const core::Id &unitId, int year) const;
    /** The sample with this id, if the store holds it. */
    [[nodiscard]] Result<std::optional<core::QualitySample>> sampleById(const core::Id &id) const;
    /** Every review written for a sample of the unit and year, oldest first. */
    [[nodiscard]] Result<QList<core::QualityReview>> reviews(const core::Id &unitId, int year) const;

private:
    Database &m_db;
};

} // namespace akten::store
