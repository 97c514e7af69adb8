// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QStringList>

namespace akten::cli {

/**
 * `aktenctl export-signing --data-dir DIR --resident ID --month YYYY-MM --out FILE.pdf [--staff ID]
 * [--device-key FILE]`: the resident's monthly signing list as a PDF. The audit event `export.signing_list` is
 * written before the file is committed; no audit, no file. Needs a QGuiApplication (main makes one for it).
 */
int runExportSigningCommand(const QStringList &args);

} // namespace akten::cli
