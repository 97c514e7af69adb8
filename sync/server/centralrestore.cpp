// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/database.h"
#include "app/store/keyprovider.h"
#include "sync/server/backuparchive.h"
#include "sync/server/centralauditcheck.h"
#include "sync/server/centralbackup.h"
#include "sync/server/pg/pgrestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

/** Empty, or holding nothing but the central key file. */
bool emptyTarget(const QString &dir, const QString &keyFile)
{
    const QFileInfoList entries = QDir(dir).entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    return entries.isEmpty()
        || (entries.size() == 1 && entries.constFirst().absoluteFilePath() == QFileInfo(keyFile).absoluteFilePath());
}

Result<qint64> scalar(store::Database &db, const QString &sql)
{
    auto query = db.prepare(sql);
    if (!query) {
        return query.error();
    }
    auto row = query.value().step();
    if (!row) {
        return row.error();
    }
    return row.value() ? query.value().int64(0) : 0;
}

Result<QList<std::pair<QString, qint64>>> counts(store::Database &db)
{
    QList<std::pair<QString, qint64>> counted;
    for (const char *table : { "devices", "units", "staff", "residents", "rejected", "tamper_alarms" }) {
        auto count = scalar(db, u"SELECT count(*) FROM "_s + QLatin1String(table));
        if (!count) {
            return count.error();
        }
        counted.append({ QLatin1String(table), count.value() });
    }
    auto kinds = db.prepare(u"SELECT kind, count(*) FROM records GROUP BY kind ORDER BY kind"_s);
    if (!kinds) {
        return kinds.error();
    }
    for (auto row = kinds.value().step(); row && row.value(); row = kinds.value().step()) {
        counted.append({ u"records "_s + kinds.value().text(0), kinds.value().int64(1) });
    }
    return counted;
}

/**
 * Moves the log's next position kRestorePositionJump beyond the last one, so positions handed out after the restore
 * lie beyond any cursor a device got from the store before it was lost (sync/PROTOCOL.md "Download").
 */
Result<qint64> jumpPositions(store::Database &db)
{
    const QString last = u"max(COALESCE((SELECT max(position) FROM records), 0), "
                         "COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'records'), 0))"_s;
    auto next = scalar(db, u"SELECT "_s + last + u" + %1"_s.arg(kRestorePositionJump));
    if (!next) {
        return next.error();
    }
    for (const QString &sql : { u"BEGIN IMMEDIATE"_s, u"DELETE FROM sqlite_sequence WHERE name = 'records'"_s,
             u"INSERT INTO sqlite_sequence (name, seq) VALUES ('records', %1)"_s.arg(next.value()), u"COMMIT"_s,
             u"PRAGMA wal_checkpoint(TRUNCATE)"_s }) {
        if (auto done = db.exec(sql); !done) {
            return done.error();
        }
    }
    return next.value() + 1;
}

Status checkStore(const QString &dir, store::KeyProvider &keys, Restored &restored)
{
    QFile wrapped(dir + u"/datakey.wrapped"_s);
    if (!wrapped.open(QIODevice::ReadOnly) || !QFile::exists(dir + u"/central.db"_s)) {
        return Error { ErrorCode::Integrity, u"the backup holds no embedded store"_s };
    }
    if (auto prepared = keys.prepare(false); !prepared) {
        return prepared;
    }
    auto key = keys.unwrap(wrapped.read(4096));
    if (!key) {
        return key.error().code == ErrorCode::WrongKey
            ? Error { ErrorCode::WrongKey, u"the central key does not open this backup's data key"_s }
            : key.error();
    }
    auto db = store::Database::openEncrypted(dir + u"/central.db"_s, key.value(), store::Database::Mode::OpenExisting);
    if (!db) {
        return db.error();
    }
    if (auto checked = db.value().checkIntegrity(); !checked) {
        return Error { ErrorCode::Integrity,
            u"the restored store fails its integrity check: %1"_s.arg(checked.error().message) };
    }
    auto chains = checkCentralAuditChains(db.value());
    if (!chains) {
        return Error { ErrorCode::Integrity,
            u"the restored store fails its audit chain check: %1"_s.arg(chains.error().message) };
    }
    restored.auditEvents = chains.value();
    auto counted = counts(db.value());
    if (!counted) {
        return counted.error();
    }
    restored.counts = counted.value();
    auto jumped = jumpPositions(db.value());
    if (!jumped) {
        return jumped.error();
    }
    restored.jumpedTo = jumped.value();
    return {};
}

} // namespace

Result<Restored> restoreCentral(const QString &file, const QString &newDir, store::KeyProvider &keys,
    const QString &keyFile, const std::optional<PostgresTarget> &postgres)
{
    const QFileInfo target(newDir);
    if (target.exists() && (!target.isDir() || !emptyTarget(newDir, keyFile))) {
        return Error { ErrorCode::InvalidInput, u"%1 is not empty; restore into a new directory"_s.arg(newDir) };
    }
    auto archive = BackupArchive::verify(file);
    if (!archive) {
        return archive.error();
    }
    if ((archive.value().store() == "postgres"_L1) != postgres.has_value()) {
        return Error { ErrorCode::InvalidInput,
            postgres
                ? u"the backup holds an embedded store; restore it without --postgres"_s
                : u"the backup is of a PostgreSQL central store: pg_restore its database, then give its --postgres "
                  "CONNINFO"_s };
    }
    QTemporaryDir staging(target.absolutePath() + u"/."_s + target.fileName() + u".restore-XXXXXX"_s);
    if (!staging.isValid()) {
        return Error { ErrorCode::Io, u"cannot create a directory beside %1"_s.arg(newDir) };
    }
    if (auto extracted = archive.value().extract(staging.path()); !extracted) {
        return extracted.error();
    }
    Restored restored;
    restored.store = archive.value().store();
    if (!postgres) {
        if (auto checked = checkStore(staging.path(), keys, restored); !checked) {
            return checked.error();
        }
    } else {
        auto moved = pg::moveRestoredLogOn(postgres->conninfo, postgres->password);
        if (!moved) {
            return moved.error();
        }
        std::tie(restored.counts, restored.jumpedTo) = moved.value();
    }
    if (!target.exists()) {
        if (!QDir().rename(staging.path(), newDir)) {
            return Error { ErrorCode::Io, u"cannot move the restored store to %1"_s.arg(newDir) };
        }
        staging.setAutoRemove(false);
        return restored;
    }
    QFile::setPermissions(newDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    for (const QString &name : QDir(staging.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
        if (!QDir().rename(staging.filePath(name), newDir + u'/' + name)) {
            return Error { ErrorCode::Io, u"cannot move %1 into %2"_s.arg(name, newDir) };
        }
    }
    return restored;
}

} // namespace akten::sync
