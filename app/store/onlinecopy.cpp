// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/onlinecopy.h"

#include "app/store/database.h"

#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace akten::store {

Status copyOnline(Database &source, Database &destination)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination.handle(), "main", source.handle(), "main");
    if (!backup) {
        return destination.lastError(ErrorCode::Io);
    }
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 600; ++attempt) {
        rc = sqlite3_backup_step(backup, -1); // -1: every page in this one step
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
            break;
        }
        QThread::msleep(100);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return Error { ErrorCode::Io, u"cannot copy the store: %1"_s.arg(QString::fromUtf8(sqlite3_errstr(rc))) };
    }
    return destination.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
}

} // namespace akten::store
