// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QList>
#include <QString>

namespace akten::store {

class Database;

/** One numbered schema migration (app/store/migrations/NNNN_name.sql, compiled in as a resource). */
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
};

/**
 * Applies numbered migrations on PRAGMA user_version, each inside its own transaction; refuses a database whose
 * user_version is newer than the newest migration it knows (ErrorCode::SchemaTooNew), changing nothing.
 */
class Migrator
{
public:
    explicit Migrator(QList<Migration> migrations);
    /** The migrations shipped with this build, in order. */
    [[nodiscard]] static Migrator bundled();
    /** The migrations NNNN_name.sql compiled into the resource folder `dir` (e.g. ":/akten/central/migrations"). */
    [[nodiscard]] static Migrator fromResources(const QString &dir);

    [[nodiscard]] Result<int> currentVersion(Database &db) const;
    [[nodiscard]] int latestVersion() const;
    /** In order; for applying the same files to another kind of database (the PostgreSQL central store). */
    [[nodiscard]] const QList<Migration> &migrations() const { return m_migrations; }
    /** Brings the schema to latestVersion(); returns the number of migrations applied. */
    [[nodiscard]] Result<int> migrate(Database &db) const;

private:
    QList<Migration> m_migrations;
};

} // namespace akten::store
