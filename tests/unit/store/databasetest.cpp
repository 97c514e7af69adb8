// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Database: the open sequence (key first, cipher version and security pragmas read back, key validation, WAL) and
// the refusal of wrong keys, truncated, foreign and missing files without changing anything on disk.
#include "tests/support/storefixture.h"

#include "app/store/database.h"
#include "app/store/statement.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using akten::ErrorCode;
using akten::store::Database;
using akten::store::SecretBytes;

class DatabaseTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    SecretBytes m_key = SecretBytes::random(32);
    int m_files = 0;

    QString newPath() { return m_tmp.filePath(u"db%1/akten.db"_s.arg(++m_files)); }

    /** A closed encrypted database with some pages of data. */
    QString makeDatabase()
    {
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto db = Database::openEncrypted(path, m_key, Database::Mode::CreateIfMissing);
        if (!db) {
            qWarning() << db.error().message;
            return {};
        }
        [&] {
            QVERIFY(db.value().exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT) STRICT"_s));
            QVERIFY(db.value().exec(u"BEGIN"_s));
            auto insert = db.value().prepare(u"INSERT INTO t (v) VALUES (?)"_s);
            QVERIFY(insert.ok());
            for (int i = 0; i < 2000; ++i) {
                QVERIFY(insert.value().bind(1, u"Margit Lindqvist rad %1"_s.arg(i)).run());
            }
            QVERIFY(db.value().exec(u"COMMIT"_s));
        }();
        return path;
    }

    static QString pragma(Database &db, const QString &name)
    {
        auto statement = db.prepare(u"PRAGMA "_s + name);
        if (!statement || !statement.value().step().ok()) {
            return u"<error>"_s;
        }
        return statement.value().text(0);
    }

private Q_SLOTS:
    void opensAndReadsBackTheCipherSettings()
    {
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto db = Database::openEncrypted(path, m_key, Database::Mode::CreateIfMissing);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY(db.value().encrypted());
        const QString version = pragma(db.value(), u"cipher_version"_s);
        QVERIFY2(version.startsWith(u"4."_s), qPrintable(version));
        QVERIFY(version.section(u'.', 1, 1).toInt() >= 6);
        QCOMPARE(pragma(db.value(), u"cipher_page_size"_s), u"4096"_s);
        QCOMPARE(pragma(db.value(), u"cipher_hmac_algorithm"_s), u"HMAC_SHA512"_s);
        QCOMPARE(pragma(db.value(), u"cipher_kdf_algorithm"_s), u"PBKDF2_HMAC_SHA512"_s);
        QCOMPARE(pragma(db.value(), u"cipher_plaintext_header_size"_s), u"0"_s);
        QCOMPARE(pragma(db.value(), u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(db.value(), u"synchronous"_s), u"2"_s); // FULL
        QCOMPARE(pragma(db.value(), u"foreign_keys"_s), u"1"_s);
        QCOMPARE(pragma(db.value(), u"temp_store"_s), u"2"_s); // MEMORY
        QVERIFY(db.value().checkIntegrity());
    }

    void sqliteKeepsNoMemoryStatistics()
    {
        // Database switches SQLite's memory statistics off before the first connection (each allocation would take
        // a global mutex): with them on, an open connection shows bytes in use.
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto db = Database::openEncrypted(path, m_key, Database::Mode::CreateIfMissing);
        QVERIFY(db.ok());
        sqlite3_int64 used = -1;
        sqlite3_int64 highest = -1;
        QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &used, &highest, 0), SQLITE_OK);
        QCOMPARE(used, 0);
    }

    void wrongKeyIsRefusedAndChangesNothing()
    {
        const QString path = makeDatabase();
        QVERIFY(!path.isEmpty());
        const auto before = akten::test::fileHashes(QFileInfo(path).absolutePath());
        const SecretBytes other = SecretBytes::random(32);
        auto db = Database::openEncrypted(path, other, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::WrongKey);
        QCOMPARE(akten::test::fileHashes(QFileInfo(path).absolutePath()), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
        QVERIFY(!QFile::exists(path + u"-shm"_s));
    }

    void keyOfWrongSizeIsRefused()
    {
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto db = Database::openEncrypted(path, SecretBytes::random(16), Database::Mode::CreateIfMissing);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::InvalidInput);
    }

    void missingFileIsNotCreated()
    {
        const QString path = m_tmp.filePath(u"missing.db"_s);
        auto db = Database::openEncrypted(path, m_key, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::Io);
        QVERIFY(!QFile::exists(path));
    }

    void truncatedAndForeignFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("code");
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::NotADatabase);
        QTest::newRow("not page aligned") << QByteArray(5000, 'x') << int(ErrorCode::NotADatabase);
        QTest::newRow("random page") << QByteArray(4096, '\x5a') << int(ErrorCode::WrongKey);
        QTest::newRow("plain sqlite header")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0') << int(ErrorCode::WrongKey);
    }

    void truncatedAndForeignFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, code);
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        auto db = Database::openEncrypted(path, m_key, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(int(db.error().code), code);
        QFile check(path);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), content);
    }

    void plainSqliteFileIsRefusedAsEncrypted()
    {
        const QString path = newPath();
        QDir().mkpath(QFileInfo(path).absolutePath());
        {
            auto plain = Database::openPlain(path, Database::Mode::CreateIfMissing);
            QVERIFY(plain.ok());
            QVERIFY(plain.value().exec(u"CREATE TABLE t (x INTEGER)"_s));
        }
        auto db = Database::openEncrypted(path, m_key, Database::Mode::OpenExisting);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, ErrorCode::WrongKey);
    }

    void encryptedFileIsUnreadableWithoutKey()
    {
        const QString path = makeDatabase();
        auto plain = Database::openPlain(path, Database::Mode::OpenExisting);
        QVERIFY(!plain.ok());
        QCOMPARE(plain.error().code, ErrorCode::NotADatabase);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("Margit"));
        QVERIFY(!bytes.startsWith("SQLite format 3"));
    }

    void flippedByteIsDetected_data()
    {
        QTest::addColumn<int>("where"); // 0 first page, 1 middle page, 2 last page
        QTest::addColumn<int>("within");
        for (int where : { 0, 1, 2 }) {
            for (int within : { 0, 20, 2048, 4095 }) {
                QTest::addRow("page %d byte %d", where, within) << where << within;
            }
        }
    }

    void flippedByteIsDetected()
    {
        QFETCH(int, where);
        QFETCH(int, within);
        const QString path = makeDatabase();
        const qint64 pages = QFileInfo(path).size() / 4096;
        QVERIFY(pages >= 3);
        const qint64 page = where == 0 ? 0 : where == 1 ? pages / 2 : pages - 1;
        QVERIFY(akten::test::flipByte(path, page * 4096 + within));
        auto db = Database::openEncrypted(path, m_key, Database::Mode::OpenExisting);
        if (!db.ok()) {
            return; // refused at open: detected
        }
        QVERIFY2(!db.value().checkIntegrity().ok(), "a flipped byte went unnoticed");
    }

    void failedBindsStopTheStatement_data()
    {
        QTest::addColumn<int>("unused");
        for (const char *name : { "text", "int64", "int", "blob", "null" }) {
            QTest::newRow(name) << 0;
        }
    }

    void failedBindsStopTheStatement()
    {
        // Every bind kind, at an index the statement does not have: the write must not run with a parameter missing.
        auto db = Database::openPlain(u":memory:"_s, Database::Mode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(db.value().exec(u"CREATE TABLE t (v ANY)"_s));
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        auto insert = db.value().prepare(u"INSERT INTO t (v) VALUES (?)"_s);
        QVERIFY(insert);
        akten::store::Statement &statement = insert.value().bind(1, u"kept"_s);
        if (tag == "text"_L1) {
            statement.bind(2, u"too far"_s);
        } else if (tag == "int64"_L1) {
            statement.bind(2, qint64(1));
        } else if (tag == "int"_L1) {
            statement.bind(2, 1);
        } else if (tag == "blob"_L1) {
            statement.bind(2, QByteArray("x"));
        } else {
            statement.bindNull(2);
        }
        const auto ran = statement.run();
        QVERIFY(!ran);
        QVERIFY2(ran.error().message.startsWith(u"cannot bind parameter 2: column index out of range"_s),
            qPrintable(ran.error().message));
        auto count = db.value().prepare(u"SELECT count(*) FROM t"_s);
        QVERIFY(count && count.value().step().value());
        QCOMPARE(count.value().int64(0), 0);
        // reset() forgets the failed bind: the statement is usable again.
        insert.value().reset();
        QVERIFY(insert.value().bind(1, u"again"_s).run());
    }

    void boundBytesOutliveTheirSource()
    {
        // SQLite reads bound text and blobs in place (issue 19): a bound value's source may be gone, its memory reused,
        // or (fromRawData) overwritten, before the statement runs; the row still holds exactly what was bound.
        auto db = Database::openPlain(u":memory:"_s, Database::Mode::CreateIfMissing);
        QVERIFY(db);
        QVERIFY(db.value().exec(u"CREATE TABLE t (n INTEGER, s TEXT, b BLOB, r BLOB)"_s));
        auto prepared = db.value().prepare(u"INSERT INTO t (n, s, b, r) VALUES (?, ?, ?, ?)"_s);
        QVERIFY(prepared);
        akten::store::Statement insert = std::move(prepared).value();
        const auto text = [](int i) { return u"Åsa Lindqvist rad %1 "_s.arg(i).repeated(20); };
        const auto blob = [](int i) { return QByteArray(300, char('a' + i)); };
        for (int i = 0; i < 5; ++i) {
            char raw[64];
            std::fill(std::begin(raw), std::end(raw), char('0' + i));
            insert.bind(1, qint64(i)).bind(2, text(i)).bind(3, blob(i)).bind(4, QByteArray::fromRawData(raw, 64));
            std::fill(std::begin(raw), std::end(raw), 'x');
            QList<QByteArray> litter; // the freed sources' memory taken again and written over
            for (int k = 0; k < 50; ++k) {
                litter << QByteArray(600, 'z') << QString(300, u'z').toUtf8();
            }
            if (i == 3) { // a statement moved with its bindings runs them as they were
                akten::store::Statement moved = std::move(insert);
                insert = std::move(moved);
            }
            QVERIFY(insert.run());
        }
        auto rows = db.value().prepare(u"SELECT n, s, b, r FROM t ORDER BY n"_s);
        QVERIFY(rows);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(rows.value().step().value());
            QCOMPARE(rows.value().int64(0), i);
            QCOMPARE(rows.value().text(1), text(i));
            QCOMPARE(rows.value().blob(2), blob(i));
            QCOMPARE(rows.value().blob(3), QByteArray(64, char('0' + i)));
        }
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "databasetest.moc"
