// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QString>

namespace akten::shell {

/** The Swedish explanation shown to staff when the store cannot be opened (the English detail goes to the log). */
[[nodiscard]] QString startupMessageSv(const Error &error);

} // namespace akten::shell
