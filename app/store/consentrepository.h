// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/consent.h"
#include "core/result.h"

#include <QList>

namespace akten::store {

class Database;

/** Consent events and release records (append-only). Same thread as its Database. */
class ConsentRepository
{
public:
    explicit ConsentRepository(Database &db);

    [[nodiscard]] Status appendConsent(const core::ConsentEvent &event);
    [[nodiscard]] Status appendRelease(const core::ReleaseRecord &record);
    [[nodiscard]] Result<QList<core::ConsentEvent>> consents(const core::Id &residentId) const;
    [[nodiscard]] Result<QList<core::ReleaseRecord>> releases(const core::Id &residentId) const;

private:
    Database &m_db;
};

} // namespace akten::store
