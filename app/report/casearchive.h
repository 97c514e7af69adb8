// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/result.h"
#include "app/report/archivedocuments.h"
#include "app/report/flowdocument.h"

#include <functional>

namespace akten::store {
class Database;
}

namespace akten::report {

/**
 * A closed case exported whole for the archive (domain.md D3): one PDF of the record's parts, each a FlowSection
 * built from the store: cover sheet (with the closure), decisions and insatser, the implementation plan (every set
 * revision), the social journal (report/journalcopy.h, corrections and objections shown), the signing lists (every
 * signature by day), the register of documents (the master data's and those registered on the tablet), the record's
 * documents with every version (report/archivedocuments.h: life story, powers of attorney, money agreements, fall
 * reports, fall-prevention checklists), the consent register with each consent's state on the closing day and the
 * release of records (report/archiveconsents.h). The cover sheet holds the unit's latest version of its part. A part
 * added to the record later plugs in with addPart(). Read-only; same thread as its Database.
 */
class CaseArchive
{
public:
    using Part = std::function<Result<FlowSection>(store::Database &db, const core::Id &residentId)>;

    /** `label`: the forms' field labels for the record's documents (models/recorddocumenttexts.h). */
    explicit CaseArchive(store::Database &db, DocFieldLabel label = {});
    /** Appends a part after the standard ones (in the order added). */
    void addPart(Part part);

    [[nodiscard]] Result<FlowDocument> document(const core::Id &residentId, const QString &printedBy, qint64 nowMs);

    [[nodiscard]] static Result<FlowSection> coverSheet(
        store::Database &db, const core::Id &residentId, const DocFieldLabel &label = {});
    [[nodiscard]] static Result<FlowSection> decisions(store::Database &db, const core::Id &residentId);
    [[nodiscard]] static Result<FlowSection> plan(store::Database &db, const core::Id &residentId);
    [[nodiscard]] static Result<FlowSection> signingLists(store::Database &db, const core::Id &residentId);
    [[nodiscard]] static Result<FlowSection> documents(store::Database &db, const core::Id &residentId);

private:
    store::Database &m_db;
    QList<Part> m_parts;
};

} // namespace akten::report
