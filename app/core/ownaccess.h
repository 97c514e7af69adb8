// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// "Min akt" (G2.1, G7.2): the resident's own record in plain words, shown to them by a staff member on the tablet.
// When something happened as one says it ("I tisdags på kvällen"), what help was given ("Du fick hjälp med: …"),
// who wrote in the journal by first name and title. No codes and no abbreviations.
#pragma once

#include "app/core/signing.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace akten::core {

/** How many days back "Min akt" shows the signed insatser. */
constexpr int kOwnAccessHelpDays = 7;

/** "I dag", "I går", "I tisdags" (up to six days back), else "Den 20 november"; `local` and `today` in care time. */
[[nodiscard]] QString plainDay(const QDate &day, const QDate &today);
/** "på morgonen", "på förmiddagen", "mitt på dagen", "på eftermiddagen", "på kvällen", "på natten". */
[[nodiscard]] QString plainPartOfDay(const QTime &time);
/** "I tisdags på kvällen". */
[[nodiscard]] QString plainWhen(const QDateTime &local, const QDate &today);
/** "Du fick hjälp med: Dusch." or, not done, "Dusch blev inte av. Du ville inte den gången." */
[[nodiscard]] QString plainHelp(const QString &activity, SignatureOutcome outcome, NotDoneReason reason);
/** "A", "A och B", "A, B och C". */
[[nodiscard]] QString plainList(const QStringList &items);
/** "Anna, undersköterska" from "Anna Berg" and "undersköterska". */
[[nodiscard]] QString plainAuthor(const QString &name, const QString &title);

} // namespace akten::core
