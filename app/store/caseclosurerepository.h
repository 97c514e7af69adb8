// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/caseclosure.h"
#include "app/core/result.h"

#include <QSet>

#include <optional>

namespace akten::store {

class Database;

/**
 * Case closures (migrations/0016_case_closures.sql): append-only; the store's guards refuse every later record about
 * a closed resident (store/closedcaseguard.h). Same thread as its Database; no transactions of its own.
 */
class CaseClosureRepository
{
public:
    explicit CaseClosureRepository(Database &db);

    [[nodiscard]] Status add(const core::CaseClosure &closure);
    /** The resident's closure (the first, if two tablets closed it offline), or nullopt if the case is open. */
    [[nodiscard]] Result<std::optional<core::CaseClosure>> closure(const core::Id &residentId) const;
    /** Every resident whose case is closed (one read, for lists of residents). */
    [[nodiscard]] Result<QSet<core::Id>> closedResidents() const;

private:
    Database &m_db;
};

} // namespace akten::store
