// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/plan.h"
#include "app/core/result.h"

#include <optional>

namespace akten::store {

class Database;

/** An unfinished plan on this device: the revision it revises (null for a new plan) and the body as edited. */
struct PlanDraft
{
    core::Id baseId;
    core::Id decisionId;
    qint64 updatedMs = 0;
    core::PlanRevision plan; ///< needs, participation and the short-plan flag; no meta
};

/**
 * The plan editor's drafts (table plan_drafts, never synced): one per author and resident, saved as they edit so a
 * crash or a flat battery loses nothing. Same thread as its Database; no transactions of its own.
 */
class PlanDraftRepository
{
public:
    explicit PlanDraftRepository(Database &db);

    [[nodiscard]] Status save(const core::Id &authorId, const core::Id &residentId, const PlanDraft &draft);
    /** The author's draft for the resident; nullopt if none; an error if its body cannot be read. */
    [[nodiscard]] Result<std::optional<PlanDraft>> draft(const core::Id &authorId, const core::Id &residentId) const;
    [[nodiscard]] Status remove(const core::Id &authorId, const core::Id &residentId);

private:
    Database &m_db;
};

} // namespace akten::store
