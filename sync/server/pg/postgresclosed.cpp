// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// PostgresLedger's closed cases (pg/migrations/0011_closed_cases.sql): which residents' records are refused now.
#include "sync/server/pg/postgresledger.h"

#include "sync/server/pg/pgconnection.h"

using namespace Qt::StringLiterals;

namespace akten::sync {

Result<QSet<QString>> PostgresLedger::closedResidents(const QList<QString> &residentIds)
{
    auto result = m_pg->exec(u"SELECT resident_id FROM closed_cases WHERE resident_id = ANY ($1::text[])"_s,
        { pg::PgConnection::textArray(residentIds) });
    if (!result) {
        return result.error();
    }
    QSet<QString> closed;
    for (int row = 0; row < result.value().rows(); ++row) {
        closed.insert(result.value().text(row, 0));
    }
    return closed;
}

Status PostgresLedger::markClosed(const QString &residentId, const QString &closureKey, qint64 receivedMs)
{
    auto marked = m_pg->exec(u"INSERT INTO closed_cases (resident_id, closure_key, received_ms) VALUES ($1, $2, $3) "
                             "ON CONFLICT (resident_id) DO NOTHING"_s,
        { residentId, closureKey, QString::number(receivedMs) });
    if (!marked) {
        return marked.error();
    }
    return {};
}

} // namespace akten::sync
