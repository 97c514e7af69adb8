// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/demo/demodata.h"

#include <QDate>
#include <QString>

namespace akten::demo {

/**
 * The demo care unit: Björkgården (särskilt boende, SoL) and Solrosen (gruppbostad, LSS) in the invented Ekvik
 * kommun; 20 residents (two with protected identity, two children in Solrosen), 15 staff with badges, decisions,
 * IBIC plans (one resident with an unresolved plan conflict), and the 30 days of signatures, journal and notes
 * before `today` (plus today's items before `now`, unit time). Deterministic: the same arguments give the same data.
 */
[[nodiscard]] DemoData generateDemoUnit(
    const QDate &today, const QString &deviceId, quint64 seed = 20261122, const QTime &now = QTime(8, 0));

} // namespace akten::demo
