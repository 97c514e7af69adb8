// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "storefixture.h"

#include "store/database.h"
#include "store/migrator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace akten::store;
using namespace Qt::StringLiterals;

class MigratorTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    SecretBytes m_key = SecretBytes::random(32);
    int m_n = 0;

    Database open(const QString &path)
    {
        auto db = Database::openEncrypted(path, m_key, Database::Mode::CreateIfMissing);
        Q_ASSERT(db.ok());
        return std::move(db).value();
    }
    QString newPath() { return m_tmp.filePath(u"m%1.db"_s.arg(++m_n)); }
    static int userVersion(Database &db) { return Migrator({}).currentVersion(db).value(); }

private Q_SLOTS:
    void bundledMigrationsBringAFreshStoreToTheLatestVersion()
    {
        Database db = open(newPath());
        const Migrator migrator = Migrator::bundled();
        QVERIFY(migrator.latestVersion() >= 1);
        auto applied = migrator.migrate(db);
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
        QCOMPARE(applied.value(), migrator.latestVersion());
        QCOMPARE(userVersion(db), migrator.latestVersion());
        auto again = migrator.migrate(db);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), 0); // a second run is a no-op
        auto strict = db.prepare(u"SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND sql LIKE '%STRICT%'"_s);
        QVERIFY(strict.ok() && strict.value().step().value());
        QVERIFY(strict.value().int64(0) >= 15);
    }

    void newerDatabaseIsRefusedAndUnchanged()
    {
        const QString path = newPath();
        {
            Database db = open(path);
            QVERIFY(Migrator::bundled().migrate(db).ok());
            QVERIFY(db.exec(u"PRAGMA user_version = 99"_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        {
            Database db = open(path);
            auto result = Migrator::bundled().migrate(db);
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, akten::ErrorCode::SchemaTooNew);
            QCOMPARE(userVersion(db), 99);
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void upgradeBacksUpFirstAndAppliesInOrder()
    {
        const QList<Migration> v1 { { 1, u"one"_s, u"CREATE TABLE a (x INTEGER) STRICT;"_s } };
        const QList<Migration> v2 = v1 + QList<Migration> { { 2, u"two"_s, u"ALTER TABLE a ADD COLUMN y TEXT;"_s } };
        const QString path = newPath();
        Database db = open(path);
        QVERIFY(Migrator(v1).migrate(db).ok());
        QVERIFY(db.exec(u"INSERT INTO a (x) VALUES (42)"_s));
        auto applied = Migrator(v2).migrate(db);
        QVERIFY(applied.ok());
        QCOMPARE(applied.value(), 1);
        QCOMPARE(userVersion(db), 2);
        const QString backup = path + u".pre-v2.bak"_s;
        QVERIFY(QFile::exists(backup));
        auto copy = Database::openEncrypted(backup, m_key, Database::Mode::OpenExisting); // encrypted, same key
        QVERIFY(copy.ok());
        QCOMPARE(userVersion(copy.value()), 1);
        QVERIFY(!Database::openPlain(backup, Database::Mode::OpenExisting).ok());
    }

    void failingMigrationLeavesTheVersionUnchanged()
    {
        const QList<Migration> broken { { 1, u"one"_s, u"CREATE TABLE a (x INTEGER);"_s },
            { 2, u"bad"_s, u"CREATE TABLE b (y INTEGER); SELECT * FROM missing_table;"_s } };
        Database db = open(newPath());
        auto result = Migrator(broken).migrate(db);
        QVERIFY(!result.ok());
        QVERIFY(result.error().message.contains(u"migration 2"_s));
        QCOMPARE(userVersion(db), 1);
        auto table = db.prepare(u"SELECT count(*) FROM sqlite_schema WHERE name = 'b'"_s);
        QVERIFY(table.ok() && table.value().step().value());
        QCOMPARE(table.value().int64(0), 0); // rolled back: no half-applied migration
    }
};

QTEST_GUILESS_MAIN(MigratorTest)
#include "migratortest.moc"
