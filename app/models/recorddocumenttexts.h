// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/recorddocuments.h"

#include <QDate>
#include <QString>

/**
 * What the record's documents say on screen, in the user's language (Swedish, or English through the translation):
 * field labels and questions, form titles, the guided form's step titles, a field's value as read, and what is wrong
 * with a value, said at the field. One place, so the form, the lists and the tests use the same words.
 */
namespace akten::models::doctexts {

[[nodiscard]] QString fieldLabel(core::RecordDocType type, const QString &key);
[[nodiscard]] QString formTitle(core::RecordDocType type, bool newVersion);
[[nodiscard]] QString stepTitle(core::RecordDocType type, int step);
[[nodiscard]] QString choiceLabel(const QString &code);
/** A stored value as read: a date in words, a choice by its name, yes/no as "Ja"/"Nej". */
[[nodiscard]] QString valueText(const core::DocField &field, const QString &value);
[[nodiscard]] QString problemText(const core::DocFieldProblem &problem, core::DocFieldKind kind, const QDate &today);

} // namespace akten::models::doctexts
