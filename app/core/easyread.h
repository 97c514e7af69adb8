// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The set plan in easy-read form for the resident (domain.md D2, ux.md "Lättläst"): one card per activity with a
// symbol for its life area, plain words for the area and the time ("Varje dag klockan 21.30"); no ICF codes, no
// problem grades, no staff assessments. Shared by the screen and the printed page.
#pragma once

#include "app/core/plan.h"

#include <QList>
#include <QString>

namespace akten::core {

struct EasyReadCard
{
    QString symbol; ///< one Unicode glyph for the life area (DejaVu Sans has them all)
    QString area; ///< the life area in plain words ("Sköta om sig själv")
    QString title; ///< the activity ("Morgonhygien vid handfatet")
    QString text; ///< how it is done, as the plan says it
    QString when; ///< "Varje dag klockan 07.30", "På onsdagar klockan 14.00", "När du vill ha hjälp"
};

/** The life area's symbol and plain title (1–11); an unknown area gets a neutral dot and no title. */
[[nodiscard]] QString easyReadSymbol(int lifeArea);
[[nodiscard]] QString easyReadAreaTitle(int lifeArea);
/** When the activity happens, in plain Swedish with the times written "21.30". */
[[nodiscard]] QString easyReadWhen(const PlanActivity &activity);
/** One card per activity of the plan, in life-area order. */
[[nodiscard]] QList<EasyReadCard> easyReadCards(const PlanRevision &plan);

} // namespace akten::core
