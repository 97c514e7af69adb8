// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/logging.h"

namespace akten::core {
Q_LOGGING_CATEGORY(lcCore, "akten.core")
} // namespace akten::core
