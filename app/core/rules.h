// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Deadlines from the municipality's guideline (domain.md D2, D4, D8). Pure functions. The writing rules (D3) are the
// writing assistant's: core/writingassistant.h.
#pragma once

#include <QDate>

namespace akten::core {

/** A plan must exist no later than 3 weeks after the insats started. */
[[nodiscard]] QDate planDueBy(const QDate &insatsStarted);
/** Follow-up at least every 6 months for adults, every 4 months for children (under 18 on the plan date). */
[[nodiscard]] QDate followUpDueBy(const QDate &planDate, const QDate &birthDate);
/** Age in whole years on a given day. */
[[nodiscard]] int ageOn(const QDate &birthDate, const QDate &day);
/** Day notes are deleted automatically 90 days after they were written. */
[[nodiscard]] QDate dayNoteExpiry(const QDate &written);

} // namespace akten::core
