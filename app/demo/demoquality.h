// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/demo/demodata.h"
#include "app/demo/demoids.h"

#include <QDate>

namespace akten::demo {

/**
 * Last year's quality review of the first unit (domain.md D9), for the demo to show a result and this year's draw
 * to leave those plans out: the sample drawn on 1 December last year by the unit manager from the plans set by then,
 * and a questionnaire for each sampled plan a week later. Nothing this year: the manager draws this year's sample.
 * Plans, residents and staff must already be in `data`.
 */
void addLastYearsQualityReview(DemoData &data, DemoIds &ids, const QDate &today);

} // namespace akten::demo
