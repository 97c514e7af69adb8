// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/consent.h"
#include "app/core/result.h"

#include <QList>

namespace akten::store {

class Database;

/** Consent events, release events and the older release records (all append-only). Same thread as its Database. */
class ConsentRepository
{
public:
    explicit ConsentRepository(Database &db);

    [[nodiscard]] Status appendConsent(const core::ConsentEvent &event);
    [[nodiscard]] Status appendRelease(const core::ReleaseRecord &record);
    [[nodiscard]] Status appendReleaseEvent(const core::ReleaseEvent &event);
    /** The resident's consent events, oldest first (HLC order). */
    [[nodiscard]] Result<QList<core::ConsentEvent>> consents(const core::Id &residentId) const;
    [[nodiscard]] Result<QList<core::ReleaseRecord>> releases(const core::Id &residentId) const;
    /** The resident's release requests and decisions, oldest first (HLC order). */
    [[nodiscard]] Result<QList<core::ReleaseEvent>> releaseEvents(const core::Id &residentId) const;

private:
    Database &m_db;
};

} // namespace akten::store
