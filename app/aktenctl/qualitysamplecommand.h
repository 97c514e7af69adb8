// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QStringList>

namespace akten::cli {

/** `aktenctl quality-sample`: see the README's aktenctl contract. Returns the process exit code. */
[[nodiscard]] int runQualitySampleCommand(const QStringList &args);

} // namespace akten::cli
