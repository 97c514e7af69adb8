// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/result.h"
#include "app/report/flowdocument.h"

#include <QDate>

#include <optional>

namespace akten::store {
class Database;
}

namespace akten::report {

/** Which part of the journal a copy holds: both ends inclusive, by the entries' event dates; unset: no limit. */
struct JournalPeriod
{
    std::optional<QDate> from;
    std::optional<QDate> to;
    /** "Period 2026-10-01 – 2026-10-31", "Från 2026-10-01", "Hela journalen". */
    [[nodiscard]] QString text() const;
    /** Why the period is not one (English): an end before its start; empty if it is. */
    [[nodiscard]] QString problem() const;
};

/**
 * A copy of a resident's social journal (D7): every entry of the period, oldest first, each with its date, kind,
 * author and when it was written; a corrected entry keeps its original wording (struck through, readable) with each
 * correction (who, when, why, the new wording) and the resident's objections under it. The page header names the
 * resident, the unit, who printed it and when (report/flowdocument.h). Read-only; same thread as its Database.
 */
class JournalCopy
{
public:
    explicit JournalCopy(store::Database &db);

    /** The journal part (also a part of the archive export, report/casearchive.h). */
    [[nodiscard]] Result<FlowSection> section(const core::Id &residentId, const JournalPeriod &period) const;
    /** The whole copy; an unknown resident is NotFound, a bad period InvalidInput. */
    [[nodiscard]] Result<FlowDocument> document(
        const core::Id &residentId, const JournalPeriod &period, const QString &printedBy, qint64 nowMs) const;

private:
    store::Database &m_db;
};

/** The header of a printed record of the resident: name and personal number, unit, printer, time (care zone). */
[[nodiscard]] Result<PageHeader> recordPageHeader(store::Database &db, const core::Id &residentId,
    const QString &documentTitle, const QString &printedBy, qint64 nowMs, const QString &scope);

} // namespace akten::report
