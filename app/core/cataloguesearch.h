// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Finding ICF codes in the IBIC catalogue as staff type them into the picker ("Sök ord eller kod"): by code ("d510",
// "d51") or by words ("tvätta", "tvätt", "tvättar", "Klä"), Swedish letters kept apart (å, ä, ö are letters of their
// own, not a, o). Pure; the catalogue is small (about a hundred codes), so every keystroke searches it whole.
#pragma once

#include "app/core/catalogue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace akten::core {

/**
 * The codes of the life areas 1–11 matching `query`, best first: an exact code, then codes starting with the query,
 * then titles where every word of the query starts a word of the title (a Swedish ending on a query word is tried
 * without it too, so "tvättar" finds "Att tvätta sig"). Within a rank, `recent` codes come first in their order, then
 * the catalogue's order. `lifeArea` 1–11 narrows to one area; 0 searches all. An empty query lists the area's codes
 * (recent first); chapters are never listed.
 */
[[nodiscard]] QList<IcfCode> searchCatalogue(
    const IbicCatalogue &catalogue, const QString &query, int lifeArea = 0, const QStringList &recent = {});

} // namespace akten::core
