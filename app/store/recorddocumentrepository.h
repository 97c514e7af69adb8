// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/recorddocuments.h"
#include "app/core/result.h"

#include <QList>

#include <optional>

namespace akten::store {

class Database;

/**
 * The record's documents written on tablets (record_documents, 0014_record_documents.sql): versions and entries
 * that are never changed (the triggers refuse UPDATE and DELETE). Same thread as its Database; no transactions of its
 * own (RecordDocumentService writes through AccessAudit, with the journal entry and audit event in one transaction).
 */
class RecordDocumentRepository
{
public:
    explicit RecordDocumentRepository(Database &db);

    /** Appends a version or entry; InvalidInput if its fields break core::checkDocument on the day it is written. */
    [[nodiscard]] Status add(const core::RecordDocument &document);
    /** A resident's documents of one type (every type if none), oldest first (by clock stamp). */
    [[nodiscard]] Result<QList<core::RecordDocument>> forResident(
        const core::Id &residentId, std::optional<core::RecordDocType> type = std::nullopt) const;
    /** One version by id, or NotFound. */
    [[nodiscard]] Result<core::RecordDocument> byId(const core::Id &id) const;

private:
    Database &m_db;
};

} // namespace akten::store
