// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/storefixture.h"

#include "app/store/database.h"
#include "app/store/migrator.h"

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
        QCOMPARE(
            applied.value(), QDir(u":/akten/store/migrations"_s).entryList(QDir::Files).size()); // numbers may skip
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

    void dayNoteReviewsMoveFromTheOldColumnsToRecords()
    {
        // A store at version 7 with a reviewed and an unreviewed day note in the old columns.
        const QList<Migration> all = Migrator::bundled().migrations();
        Database db = open(newPath());
        QVERIFY(Migrator(all.mid(0, 7)).migrate(db).ok());
        for (const QString &sql :
            { u"INSERT INTO device_state (key, value) VALUES ('device_id', 'dev-1')"_s,
                u"INSERT INTO units (id, name, kind, municipality) VALUES ('u1', 'Björkgården', 'sarskilt_boende', 'Växjö')"_s,
                u"INSERT INTO residents (id, unit_id, first_name, last_name, personal_number, birth_date, room, "
                "protected_identity, representative) VALUES ('r1', 'u1', 'Gösta', 'B', '', '1940-01-01', '2', 0, '')"_s,
                u"INSERT INTO day_notes VALUES ('n1', 's1', 'dev-1', 'h1', 1000, 'r1', 'Tandläkare torsdag', 5000, "
                "'s2')"_s,
                u"INSERT INTO day_notes VALUES ('n2', 's1', 'dev-1', 'h2', 2000, 'r1', 'Nya glasögon', NULL, NULL)"_s }) {
            QVERIFY2(db.exec(sql), qPrintable(sql));
        }
        auto applied = Migrator::bundled().migrate(db);
        QVERIFY2(applied.ok(), applied.ok() ? "" : qPrintable(applied.error().message));
        auto reviews = db.prepare(u"SELECT note_id, author_id, wall_ms, outcome, length(id) FROM day_note_reviews"_s);
        QVERIFY(reviews.ok() && reviews.value().step().value());
        QCOMPARE(reviews.value().text(0), u"n1"_s);
        QCOMPARE(reviews.value().text(1), u"s2"_s);
        QCOMPARE(reviews.value().int64(2), 5000);
        QCOMPARE(reviews.value().text(3), u"moved"_s);
        QCOMPARE(reviews.value().int64(4), 36); // a UUID
        QVERIFY(!reviews.value().step().value()); // the unreviewed note has none
        auto notes = db.prepare(u"SELECT count(*) FROM day_notes"_s);
        QVERIFY(notes.ok() && notes.value().step().value());
        QCOMPARE(notes.value().int64(0), 2);
        auto queued = db.prepare(u"SELECT count(*) FROM sync_outbox WHERE kind = 'day_note'"_s);
        QVERIFY(queued.ok() && queued.value().step().value());
        QCOMPARE(queued.value().int64(0), 2); // this device's notes go up once
        QVERIFY(!db.exec(u"UPDATE day_notes SET text = 'x'"_s));
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
