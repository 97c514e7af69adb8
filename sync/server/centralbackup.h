// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QList>
#include <QString>

#include <optional>

#include <utility>

namespace akten::store {
class KeyProvider;
}

namespace akten::sync {

/** How far a restored log's positions jump beyond its last one (sync/PROTOCOL.md "Download"): 2^36. */
constexpr qint64 kRestorePositionJump = qint64(1) << 36;

struct BackupWritten
{
    qint64 bytes = 0; ///< the backup file
    qint64 storeBytes = 0; ///< the store's copy in it (0 for PostgreSQL: pg_dump's)
    qint64 copyMs = 0; ///< the store's read transaction: how long the copy took
};

/**
 * Backs up the central directory `dir` into the new file `out` (BackupArchive): the site CA and server
 * certificates with their wrapped keys, the wrapped data key, the body keys (PostgreSQL), and — for the embedded store
 * — a consistent copy of central.db taken online with SQLite's backup API in one read transaction (WAL: akten-central
 * keeps committing uploads meanwhile), still encrypted with the same data key. Never the central key; `keys` (the
 * central key) only unwraps the data key to read the store. With `postgres` the database is left to pg_dump.
 * Thread-safety: none; call from one thread.
 */
[[nodiscard]] Result<BackupWritten> backUpCentral(
    const QString &dir, store::KeyProvider &keys, bool postgres, const QString &out);

struct Restored
{
    QString store; ///< "embedded" or "postgres"
    QList<std::pair<QString, qint64>> counts; ///< what the restored store holds (records by kind, devices …)
    qint64 jumpedTo = 0; ///< the next log position after the restore
    qint64 auditEvents = 0; ///< audit events whose chains were checked (embedded store)
};

/** The database a PostgreSQL backup's directory part goes with (restored by pg_restore beforehand). */
struct PostgresTarget
{
    QString conninfo;
    QByteArray password;
};

/**
 * Restores the backup `file` into `newDir`, which must not exist or be empty (but for the central key file
 * `keyFile` itself): checks the file whole first (nothing is written from a damaged one, nor from a backup of the
 * other kind than `postgres` says), extracts it into a hidden 0700 directory beside `newDir`, opens the embedded
 * store with the data key `keys` unwraps and runs its integrity checks, moves the log's next position
 * kRestorePositionJump beyond its last (in the embedded store, or in the PostgreSQL database), and only then moves
 * everything into place.
 */
[[nodiscard]] Result<Restored> restoreCentral(const QString &file, const QString &newDir, store::KeyProvider &keys,
    const QString &keyFile, const std::optional<PostgresTarget> &postgres);

} // namespace akten::sync
