// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/plan.h"

#include <QList>
#include <QTime>

namespace akten::demo {

/** A reusable activity of a need template; "%1" in texts is the resident's first name. */
struct ActivityTemplate
{
    const char16_t *description;
    const char16_t *how;
    const char16_t *when;
    QList<QTime> times;
    const char16_t *byWhom;
    core::WorkingMode mode;
    bool delegatedHsl = false;
    QList<int> weekdays = {}; ///< ISO weekdays; empty = every day
    bool asNeeded = false;
};

/** A need in an IBIC life area with ICF code, goal phrased with the guideline's starters, and activities. */
struct NeedTemplate
{
    int lifeArea;
    const char16_t *icfCode;
    core::ProblemGrade grade;
    const char16_t *resources;
    const char16_t *goal;
    QList<ActivityTemplate> activities;
};

/** Needs typical of older adults in a särskilt boende (SoL). */
[[nodiscard]] const QList<NeedTemplate> &elderlyNeeds();
/** Needs typical of adults in an LSS group home. */
[[nodiscard]] const QList<NeedTemplate> &lssAdultNeeds();
/** Needs typical of children and young people in an LSS home (9 § 8 LSS). */
[[nodiscard]] const QList<NeedTemplate> &lssChildNeeds();

} // namespace akten::demo
