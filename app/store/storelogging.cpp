// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/storelogging.h"

namespace akten::store {
Q_LOGGING_CATEGORY(lcStore, "akten.store")
} // namespace akten::store
