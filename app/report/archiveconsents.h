// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/result.h"
#include "app/report/flowdocument.h"

#include <QDate>

namespace akten::store {
class Database;
}

namespace akten::report {

/**
 * The consent register and the release of records as archive parts (report/casearchive.h), in the words of the
 * journal entries they wrote (core/consentrules.h, core/releaserules.h). Read-only; same thread as its Database.
 */
namespace archiveparts {

/** Every consent given, oldest first, with its state on `onDay` (Gäller / Har gått ut / Återkallat …). */
[[nodiscard]] Result<FlowSection> consentRegister(store::Database &db, const core::Id &residentId, QDate onDay);
/** Every request to read or copy the record with its decision, and the releases written in the older one-row form. */
[[nodiscard]] Result<FlowSection> releases(store::Database &db, const core::Id &residentId);

} // namespace archiveparts
} // namespace akten::report
