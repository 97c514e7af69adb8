// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/migrator.h"

#include "app/store/database.h"
#include "app/store/statement.h"
#include "app/store/storelogging.h"
#include "app/store/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations); // the resource lives in a static library
}

namespace akten::store {

Migrator::Migrator(QList<Migration> migrations)
    : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
        [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

Migrator Migrator::bundled()
{
    initMigrationResources();
    return fromResources(u":/akten/store/migrations"_s);
}

Migrator Migrator::fromResources(const QString &path)
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> migrations;
    const QDir dir(path);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        const auto match = pattern.match(name);
        QFile file(dir.filePath(name));
        if (!match.hasMatch() || !file.open(QIODevice::ReadOnly)) {
            qCCritical(lcStore) << "ignoring malformed migration resource" << name;
            Q_ASSERT_X(false, "Migrator::fromResources", "malformed migration resource name");
            continue;
        }
        migrations.append({ match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll()) });
    }
    return Migrator(migrations);
}

Result<int> Migrator::currentVersion(Database &db) const
{
    auto statement = db.prepare(u"PRAGMA user_version"_s);
    if (!statement) {
        return statement.error();
    }
    auto row = statement.value().step();
    if (!row) {
        return row.error();
    }
    return static_cast<int>(statement.value().int64(0));
}

int Migrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version;
}

Result<int> Migrator::migrate(Database &db) const
{
    auto current = currentVersion(db);
    if (!current) {
        return current.error();
    }
    if (current.value() > latestVersion()) {
        return Error { ErrorCode::SchemaTooNew,
            u"the store has schema version %1, newer than this Akten knows (%2); update Akten"_s.arg(current.value())
                .arg(latestVersion()) };
    }
    if (current.value() > 0 && current.value() < latestVersion()) {
        // Kasts' rule: keep a copy of the old schema before changing it. VACUUM INTO keeps main's key.
        const QString backup = db.path() + u".pre-v%1.bak"_s.arg(latestVersion());
        QFile::remove(backup);
        auto statement = db.prepare(u"VACUUM INTO ?"_s);
        if (!statement) {
            return statement.error();
        }
        if (auto copied = statement.value().bind(1, backup).run(); !copied) {
            return Error { ErrorCode::Io,
                u"cannot back up the store before migrating: %1"_s.arg(copied.error().message) };
        }
        qCInfo(lcStore) << "backed up schema version" << current.value() << "before migrating";
    }
    int applied = 0;
    for (const Migration &migration : m_migrations) {
        if (migration.version <= current.value()) {
            continue;
        }
        Transaction tx(db);
        if (auto started = tx.start(); !started) {
            return started.error();
        }
        if (auto ran = db.exec(migration.sql); !ran) {
            return Error { ran.error().code,
                u"migration %1 (%2) failed: %3"_s.arg(migration.version).arg(migration.name, ran.error().message) };
        }
        if (auto versioned = db.exec(u"PRAGMA user_version = %1"_s.arg(migration.version)); !versioned) {
            return versioned.error();
        }
        if (auto committed = tx.commit(); !committed) {
            return committed.error();
        }
        if (!db.path().isEmpty() && db.path() != ":memory:"_L1) { // a scratch schema check is not news
            qCInfo(lcStore) << "applied migration" << migration.version << migration.name;
        }
        ++applied;
    }
    return applied;
}

} // namespace akten::store
