// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/masterdata.h"
#include "app/core/result.h"
#include "app/report/signingmonth.h"

#include <QHash>

namespace akten::store {
class Database;
}

namespace akten::report {

/**
 * Gathers one resident's month of signing lists from the store into a SigningMonth: every day read as the signing
 * list shows it (the plan in force that day, occurrences kept from revisions replaced during the day, signatures
 * and retractions), one row per insats and time of day, days after today left without marks. Read-only; same
 * thread as its Database.
 */
class SigningMonthReader
{
public:
    explicit SigningMonthReader(store::Database &db);

    /**
     * The month starting `month` (any day of it) for `residentId` as of `nowMs`; `printedBy` goes in the header.
     * An unknown resident is ErrorCode::NotFound.
     */
    [[nodiscard]] Result<SigningMonth> read(
        const core::Id &residentId, const QDate &month, qint64 nowMs, const QString &printedBy);

    /** Initials for each staff member: "AB"; two people with the same ones get the last name's second letter. */
    [[nodiscard]] static QHash<core::Id, QString> initialsOf(const QList<core::Staff> &staff);

private:
    store::Database &m_db;
};

} // namespace akten::report
