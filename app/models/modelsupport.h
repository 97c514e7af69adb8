// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Small helpers shared by the models: Swedish date formats, times beside now and staff names by id.
#pragma once

#include "app/core/caretime.h"
#include "app/core/masterdata.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QTimeZone>

namespace akten::models {

/** "12 mars 2026" — dates in the UI are Swedish, whatever the system locale. */
[[nodiscard]] QString formatDateSv(const QDate &date);
/** "12 mars 2026 kl. 14.05" is avoided (no abbreviations): "12 mars 2026, 14:05". */
[[nodiscard]] QString formatDateTimeSv(const QDateTime &time);
/**
 * An instant beside now, in care time: "i dag 10:42" (or "10:42" without `sayToday`), "i går 10:42", otherwise
 * "2026-11-19 10:42". Translated (context "TimeText").
 */
[[nodiscard]] QString nearTimeText(qint64 wallMs, qint64 nowMs, bool sayToday = true);
/** Staff id → "Anna Berg, undersköterska". */
[[nodiscard]] QHash<core::Id, QString> staffLabels(const QList<core::Staff> &staff);

} // namespace akten::models
