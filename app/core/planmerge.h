// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/plan.h"

#include <optional>

namespace akten::core {

/**
 * Three-way merge of two plan revisions written from the same parent (on two tablets, offline): every part that
 * only one side changed is taken from that side; a text both sides only added to (the parent's text, then more) gets
 * both additions; a need added on one side is kept, one removed on a side that the other left alone is removed.
 * When both sides changed the same part in different ways there is no merge (nullopt): a person chooses. The
 * result's meta and parentIds are left to the writer.
 */
[[nodiscard]] std::optional<PlanRevision> mergePlans(
    const PlanRevision &parent, const PlanRevision &ours, const PlanRevision &theirs);

} // namespace akten::core
