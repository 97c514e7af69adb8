// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QLoggingCategory>

namespace akten::core {
/** "akten.core". Never log personal data (names, personal numbers, journal or plan text). */
Q_DECLARE_LOGGING_CATEGORY(lcCore)
} // namespace akten::core
