// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/demo/demodata.h"
#include "app/demo/demoids.h"

#include <QDate>
#include <QTimeZone>

namespace akten::demo {

/**
 * Generates the month of history for residents whose master data and plans are already in `data`: signatures for
 * every timed activity (a few not done, each with a deviation entry), journal entries, corrections, retractions and
 * day notes. Nothing is dated after `now`.
 */
void generateHistory(DemoData &data, DemoIds &ids, const QDateTime &now, const QTimeZone &zone);

/** Care staff (not managers or SAS) of a unit. */
[[nodiscard]] QList<core::Staff> careStaffOf(const DemoData &data, const core::Id &unitId);

} // namespace akten::demo
