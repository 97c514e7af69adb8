// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QStringList>

namespace akten::cli {

/**
 * `aktenctl export-journal --data-dir DIR --resident ID [--from DATE] [--to DATE] --out FILE.pdf [--staff ID]
 * [--device-key FILE]`: a copy of the resident's social journal (the whole journal or a period, by event date, both
 * ends inclusive) as the app prints it (report/journalcopy.h). Refused, writing nothing: an existing --out, a
 * directory others can write to, a date that is not YYYY-MM-DD, --from after --to, an unknown resident or staff
 * member. The audit event `export.journal_copy` is written before the file is kept; no audit, no file.
 */
int runExportJournalCommand(const QStringList &args);

} // namespace akten::cli
