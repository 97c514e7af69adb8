// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/transaction.h"

#include "app/store/database.h"
#include "app/store/storelogging.h"

using namespace Qt::StringLiterals;

namespace akten::store {

Transaction::Transaction(Database &db)
    : m_db(db)
{ }

Transaction::~Transaction()
{
    if (m_active) {
        // Never throws; a failed rollback leaves SQLite to roll back when the connection closes.
        if (auto rolledBack = m_db.exec(u"ROLLBACK"_s); !rolledBack) {
            qCWarning(lcStore) << "rollback failed:" << rolledBack.error().message;
        }
    }
}

Status Transaction::start()
{
    Q_ASSERT(!m_active);
    auto begun = m_db.exec(u"BEGIN IMMEDIATE"_s);
    m_active = begun.ok();
    return begun;
}

Status Transaction::commit()
{
    Q_ASSERT(m_active);
    auto committed = m_db.exec(u"COMMIT"_s);
    if (committed) {
        m_active = false;
    }
    return committed;
}

} // namespace akten::store
