// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/core/writingassistant.h"

#include <QByteArray>
#include <QList>

namespace akten::core {

/** The longest form and expansion a unit's abbreviation may have (characters). */
inline constexpr int kMaxAbbreviationForm = 20;
inline constexpr int kMaxAbbreviationExpansion = 120;

/**
 * A unit's own abbreviations as stored and synced (units.abbreviations): a JSON array of
 * {"form": "TES", "expansion": "planeringsverktyget TES"}. decode refuses anything else by name (not an array, a
 * form empty, with a space or too long, the same form twice), so a bad master-data import is refused, not half-read.
 */
[[nodiscard]] Result<QList<Abbreviation>> decodeAbbreviations(const QByteArray &json);
[[nodiscard]] QByteArray encodeAbbreviations(const QList<Abbreviation> &abbreviations);

} // namespace akten::core
