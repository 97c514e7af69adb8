// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Stable text codes for the domain enums, used in storage, JSON and the CLI. Never renumber; add only.
#pragma once

#include "app/core/consent.h"
#include "app/core/journal.h"
#include "app/core/masterdata.h"
#include "app/core/plan.h"
#include "app/core/signing.h"

#include <QString>

#include <optional>

namespace akten::core {

[[nodiscard]] QString toCode(Law v);
[[nodiscard]] QString toCode(UnitKind v);
[[nodiscard]] QString toCode(StaffRole v);
[[nodiscard]] QString toCode(ProblemGrade v);
[[nodiscard]] QString toCode(GoalResult v);
[[nodiscard]] QString toCode(WorkingMode v);
[[nodiscard]] QString toCode(PlanStatus v);
[[nodiscard]] QString toCode(JournalCategory v);
[[nodiscard]] QString toCode(SignatureOutcome v);
[[nodiscard]] QString toCode(NotDoneReason v);
[[nodiscard]] QString toCode(BoardLabel v);
[[nodiscard]] QString toCode(RetractionReason v);
[[nodiscard]] QString toCode(ConsentAction v);

template<typename E> [[nodiscard]] std::optional<E> fromCode(const QString &code);
template<> std::optional<Law> fromCode<Law>(const QString &code);
template<> std::optional<UnitKind> fromCode<UnitKind>(const QString &code);
template<> std::optional<StaffRole> fromCode<StaffRole>(const QString &code);
template<> std::optional<ProblemGrade> fromCode<ProblemGrade>(const QString &code);
template<> std::optional<GoalResult> fromCode<GoalResult>(const QString &code);
template<> std::optional<WorkingMode> fromCode<WorkingMode>(const QString &code);
template<> std::optional<PlanStatus> fromCode<PlanStatus>(const QString &code);
template<> std::optional<JournalCategory> fromCode<JournalCategory>(const QString &code);
template<> std::optional<SignatureOutcome> fromCode<SignatureOutcome>(const QString &code);
template<> std::optional<NotDoneReason> fromCode<NotDoneReason>(const QString &code);
template<> std::optional<BoardLabel> fromCode<BoardLabel>(const QString &code);
template<> std::optional<RetractionReason> fromCode<RetractionReason>(const QString &code);
template<> std::optional<ConsentAction> fromCode<ConsentAction>(const QString &code);

/** Swedish labels for the UI (the source language; English comes from Qt Linguist in the UI layer). */
[[nodiscard]] QString labelSv(JournalCategory v);
[[nodiscard]] QString labelSv(Law v);
[[nodiscard]] QString labelSv(StaffRole v);
[[nodiscard]] QString labelSv(ProblemGrade v);
[[nodiscard]] QString labelSv(WorkingMode v);
[[nodiscard]] QString labelSv(UnitKind v);
[[nodiscard]] QString labelSv(NotDoneReason v);
[[nodiscard]] QString labelSv(RetractionReason v);

} // namespace akten::core
