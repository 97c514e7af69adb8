// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// SqliteLedger's closed cases (migrations/0010_closed_cases.sql): which residents' records are refused now.
#include "sync/server/sqliteledger.h"

using namespace Qt::StringLiterals;

namespace akten::sync {

Result<QSet<QString>> SqliteLedger::closedResidents(const QList<QString> &residentIds)
{
    QSet<QString> closed;
    for (const QString &id : residentIds) {
        auto found = scalar(u"SELECT 1 FROM closed_cases WHERE resident_id = ?"_s, { id });
        if (!found) {
            return found.error();
        }
        if (found.value()) {
            closed.insert(id);
        }
    }
    return closed;
}

Status SqliteLedger::markClosed(const QString &residentId, const QString &closureKey, qint64 receivedMs)
{
    auto marked = run(u"INSERT OR IGNORE INTO closed_cases (resident_id, closure_key, received_ms) VALUES (?, ?, ?)"_s,
        { residentId, closureKey, receivedMs });
    if (!marked) {
        return marked.error();
    }
    return {};
}

} // namespace akten::sync
