// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/recorddocuments.h"
#include "app/core/result.h"
#include "app/report/flowdocument.h"

#include <QDate>
#include <QHash>

#include <functional>
#include <utility>

namespace akten::store {
class Database;
}

namespace akten::report {

/** A field's label as the forms show it (models/recorddocumenttexts.h); the key when none is given. */
using DocFieldLabel = std::function<QString(core::RecordDocType, const QString &key)>;

/**
 * The record's documents written on tablets (record_documents) as archive parts (report/casearchive.h). The record is
 * append-only, so the archive keeps the history: for a versioned type each series' current version in full, then
 * every version it replaced, newest first, also in full ("Ersatt version"); for the others every entry, oldest first.
 * Read-only; same thread as its Database.
 */
class ArchiveDocuments
{
public:
    ArchiveDocuments(store::Database &db, DocFieldLabel label);

    /** The part for one type ("Levnadsberättelse", "Fullmakter" …), starting on a page of its own. */
    [[nodiscard]] Result<FlowSection> section(const core::Id &residentId, core::RecordDocType type) const;
    /** The cover sheet's versions as blocks (for the cover part); empty when the unit never wrote one. */
    [[nodiscard]] Result<QList<FlowBlock>> coverSheetBlocks(const core::Id &residentId) const;
    /** One line per register entry registered on the tablet, with its date for sorting beside the master documents. */
    [[nodiscard]] Result<QList<std::pair<QDate, QString>>> registerLines(const core::Id &residentId) const;

    [[nodiscard]] static QString partTitle(core::RecordDocType type);

private:
    [[nodiscard]] FlowBlock block(const core::RecordDocument &d, const QString &title) const;
    [[nodiscard]] Result<QList<FlowBlock>> blocks(const core::Id &residentId, core::RecordDocType type) const;
    [[nodiscard]] QString writtenBy(const core::RecordDocument &d) const;

    store::Database &m_db;
    DocFieldLabel m_label;
    QHash<core::Id, QString> m_staff; ///< "Anna Berg, undersköterska"
};

} // namespace akten::report
