// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/plan.h"
#include "app/core/result.h"

#include <QByteArray>

namespace akten::core {

/** Compact, versioned JSON for a plan revision's body (needs, activities, participation, follow-up). */
[[nodiscard]] QByteArray encodePlanBody(const PlanRevision &plan);
/** Fills needs, participation and follow-up of `plan` from JSON; rejects unknown versions and malformed input. */
[[nodiscard]] Status decodePlanBody(const QByteArray &json, PlanRevision &plan);

} // namespace akten::core
