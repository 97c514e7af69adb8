// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/store/database.h"
#include "sync/importer/syncrows.h"

#include <QJsonObject>
#include <QList>

namespace akten::test {

/** Every record a store wrote itself, as it uploads them: its outbox, oldest first (asserts on a store error). */
inline QList<QJsonObject> outboxRecords(store::Database &db)
{
    sync::SyncRows rows(db);
    QList<QJsonObject> records;
    for (const auto &entry : rows.pending(0, 1'000'000).value()) {
        records.append(rows.exportRecord(entry.kind, entry.key).value());
    }
    return records;
}

} // namespace akten::test
