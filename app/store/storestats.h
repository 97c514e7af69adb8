// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace akten::store {

class Database;

/** Row counts per record kind, for `aktenctl stats` (keys: residents, staff, units, plans, journal_entries, …). */
[[nodiscard]] Result<QList<QPair<QString, qint64>>> storeCounts(Database &db);

} // namespace akten::store
