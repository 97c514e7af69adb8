// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The plan editor's Swedish words for what is missing and for when an activity comes on the signing list.
#pragma once

#include "app/core/plancheck.h"

#include <QString>

namespace akten::models {

/** What to write at a field the plan is missing ("Skriv målet: …"). */
[[nodiscard]] QString planFindingText(core::PlanField field);
/**
 * The Swedish error to show at `field` (of need `need` and its activity `activity`; -1 for the plan's own fields) if
 * the last check found it missing, else empty.
 */
[[nodiscard]] QString planErrorAt(
    const QList<core::PlanFinding> &findings, core::PlanField field, int need = -1, int activity = -1);
/** "På signeringslistan: 21:30 varje dag", "… 08:00 mån, ons", "Vid behov …", or that it is not on the list. */
[[nodiscard]] QString signingPreview(const core::PlanActivity &activity);
/** A need in plain words for "Granska": the goal, then each activity with when it is on the signing list. */
[[nodiscard]] QString needSummary(const core::PlanNeed &need);

} // namespace akten::models
