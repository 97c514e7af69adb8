// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QLoggingCategory>

namespace akten::store {
/** "akten.store". Logs paths, versions and error codes only: never keys, SQL parameters or personal data. */
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace akten::store
