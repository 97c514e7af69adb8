// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/sqliteerror.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace akten::store {

Error sqliteError(sqlite3 *db, int rc, const QString &context)
{
    ErrorCode code = ErrorCode::Internal;
    switch (rc & 0xff) {
    case SQLITE_NOTADB:
        code = ErrorCode::NotADatabase;
        break;
    case SQLITE_CORRUPT:
        code = ErrorCode::Integrity;
        break;
    case SQLITE_CONSTRAINT:
        code = ErrorCode::Constraint;
        break;
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_FULL:
    case SQLITE_PERM:
        code = ErrorCode::Io;
        break;
    default:
        break;
    }
    const char *message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return Error { code, u"%1: %2"_s.arg(context, QString::fromUtf8(message)) };
}

} // namespace akten::store
