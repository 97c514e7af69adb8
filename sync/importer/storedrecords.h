// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "app/records/recordkinds.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace akten::store {
class Statement;
class StatementCache;
} // namespace akten::store

namespace akten::sync {

/**
 * A stored record as it travels (records/recordcodec.h): its row and its child rows, by kind and key. The lookup by
 * key of each table is prepared once, since an import looks up every record it receives. Same thread as the cache's
 * Database.
 */
class StoredRecords
{
public:
    explicit StoredRecords(store::StatementCache &statements);

    /** The stored record with that key, or nothing; an error only for a malformed key or a store failure. */
    [[nodiscard]] Result<std::optional<QJsonObject>> find(const records::RecordKind &kind, const QString &key);

private:
    [[nodiscard]] Result<std::optional<QJsonObject>> readRow(const records::RecordKind &kind, const QString &key);
    [[nodiscard]] Result<QList<QJsonObject>> readChildren(const records::ChildTable &child, const QString &key);

    store::StatementCache &m_statements;
    /** The lookup by key of each table (statements owned by m_statements). */
    QHash<QString, store::Statement *> m_byKey;
};

} // namespace akten::sync
