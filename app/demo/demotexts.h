// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Swedish journal and note texts of the demo, written to the guideline: respectful, neutral, no abbreviations,
// "jag" for the writer, professionals by first name and title, never another resident's name.
#pragma once

#include "app/core/signing.h"

#include <QList>
#include <QString>

namespace akten::demo {

/** "%1" = the resident's first name (and "%1s" is never used: see genitive()). */
[[nodiscard]] const QList<const char16_t *> &executionTexts();
[[nodiscard]] const QList<const char16_t *> &contactTexts();
[[nodiscard]] const QList<const char16_t *> &goalProgressTexts();
[[nodiscard]] const QList<const char16_t *> &dayNoteTexts();
/** A reason for an activity that was not done and the staff's words ("%1": the resident's first name). */
struct NotDoneText
{
    core::NotDoneReason reason;
    const char16_t *comment;
};
/** Reasons for an activity that was not done; each becomes a deviation entry in the journal. */
[[nodiscard]] const QList<NotDoneText> &notDoneReasons();
/** Swedish genitive of a name: "Margits", but "Elias" stays "Elias". */
[[nodiscard]] QString genitive(const QString &name);
/** Fills "%1" with the first name and "%G" with its genitive. */
[[nodiscard]] QString fill(const char16_t *text, const QString &firstName);

} // namespace akten::demo
