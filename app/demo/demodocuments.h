// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/demo/demodata.h"

#include <QDate>

namespace akten::demo {

class DemoIds;

/**
 * The record's documents of the demo (domain.md D1), written as staff would: Margit's cover sheet in two versions, a
 * decision on färdtjänst received, her life story written with her consent, her daughter's power of attorney, a fall
 * report with the fall-prevention checklist gone through; Gösta's god man's mandate and the agreement on his pocket
 * money, and his cover sheet saved from one version on two tablets (a conflict). Each with the journal entry the
 * guideline asks for; every date before `today` and after the move-in (the demo moves both in at least 120 days ago).
 */
void addRecordDocuments(DemoData &data, DemoIds &ids, const QDate &today);

} // namespace akten::demo
