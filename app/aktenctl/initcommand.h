// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QStringList>

namespace akten::cli {

/** `aktenctl init`: see the README's aktenctl contract. Returns the process exit code. */
[[nodiscard]] int runInitCommand(const QStringList &args);

} // namespace akten::cli
