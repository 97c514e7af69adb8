// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The aktenctl contract (README): init, verify, stats, audit; one English error line and a non-zero exit on bad input,
// and nothing on disk changed by a failed command.
#include "tests/integration/clirunner.h"
#include "tests/support/auditwrite.h"

#include "app/core/clock.h"
#include "app/store/devicestore.h"
#include "platform/keys/filekeyprovider.h"
#include "platform/keys/keylocation.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using akten::test::runAktenctl;
using akten::test::snapshotDir;

class AktenctlTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_fixture;
    int m_copies = 0;

    /** A fresh copy of the demo store, so destructive cases never touch the fixture. */
    QString copyFixture()
    {
        const QString dir = m_tmp.filePath(u"copy%1"_s.arg(++m_copies));
        QDir().mkpath(dir);
        for (const QString &name : QDir(m_fixture).entryList(QDir::Files | QDir::Hidden)) {
            QFile::copy(m_fixture + u'/' + name, dir + u'/' + name);
        }
        // The device key lives outside the data directory (issue 16): the copy gets its own, at its default place.
        const QString key = akten::platform::defaultDeviceKeyLocation(dir).path;
        QFile::copy(akten::platform::defaultDeviceKeyLocation(m_fixture).path, key);
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        return dir;
    }

    static void expectOneErrorLine(const akten::test::RunResult &run, int exitCode = 1)
    {
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.startsWith("aktenctl: "), run.err.constData());
        QCOMPARE(run.err.count('\n'), 1);
        QVERIFY(!run.err.contains("terminate") && !run.err.contains("Segmentation"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_fixture = m_tmp.filePath(u"demo"_s);
        const auto run = runAktenctl({ u"init"_s, u"--data-dir"_s, m_fixture, u"--demo"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.out.contains("created store"));
        QVERIFY(QFile::exists(m_fixture + u"/akten.db"_s));
        QVERIFY2(!QFile::exists(m_fixture + u"/akten.db-wal"_s), "WAL left after a clean close");
        QCOMPARE(QFile::permissions(akten::platform::defaultDeviceKeyLocation(m_fixture).path)
                & (QFile::ReadGroup | QFile::ReadOther),
            QFile::Permissions {});
    }

    void verifyPrintsOk()
    {
        const auto run = runAktenctl({ u"verify"_s, u"--data-dir"_s, m_fixture });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("ok\n"));
    }

    void statsJsonHasTheContractCounts()
    {
        const auto run = runAktenctl({ u"stats"_s, u"--data-dir"_s, m_fixture, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QVERIFY(doc.isObject());
        const QJsonObject stats = doc.object();
        for (const char *key : { "residents", "staff", "plans", "journal_entries", "signatures", "audit_events" }) {
            QVERIFY2(stats.value(QLatin1String(key)).isDouble(), key);
        }
        QVERIFY(stats.value("residents"_L1).toInt() >= 18 && stats.value("residents"_L1).toInt() <= 22);
        QCOMPARE(stats.value("staff"_L1).toInt(), 15);
        QVERIFY(stats.value("plans"_L1).toInt() >= stats.value("residents"_L1).toInt());
        QVERIFY(stats.value("journal_entries"_L1).toInt() > 300);
        QVERIFY(stats.value("signatures"_L1).toInt() > 1000);
        QVERIFY(stats.value("audit_events"_L1).toInt() > stats.value("journal_entries"_L1).toInt());
    }

    void statsPlainText()
    {
        const auto run = runAktenctl({ u"stats"_s, u"--data-dir"_s, m_fixture });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("residents: "));
    }

    void initRefusesAnExistingStore()
    {
        const auto before = snapshotDir(m_fixture);
        expectOneErrorLine(runAktenctl({ u"init"_s, u"--data-dir"_s, m_fixture, u"--demo"_s }));
        QCOMPARE(snapshotDir(m_fixture), before);
    }

    QJsonArray audit(const QStringList &filters)
    {
        const auto run = runAktenctl(QStringList { u"audit"_s, u"--data-dir"_s, m_fixture, u"--json"_s } + filters);
        [&] { QVERIFY2(run.exitCode == 0, run.err.constData()); }();
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out, &parseError);
        [&] { QCOMPARE(parseError.error, QJsonParseError::NoError); }();
        return doc.array();
    }

    void auditPrintsEveryEventAsJson()
    {
        const QJsonArray all = audit({});
        const auto stats
            = QJsonDocument::fromJson(runAktenctl({ u"stats"_s, u"--data-dir"_s, m_fixture, u"--json"_s }).out)
                  .object();
        QCOMPARE(all.size(), stats.value("audit_events"_L1).toInt());
        qint64 seq = 0;
        for (const QJsonValue &value : all) {
            const QJsonObject e = value.toObject();
            for (const char *key : { "staff", "resident", "action", "at", "device", "role", "unit", "hlc", "seq" }) {
                QVERIFY2(e.contains(QLatin1String(key)), key);
            }
            QVERIFY(e.value("at"_L1).toString().endsWith(u'Z'));
            QCOMPARE(e.value("seq"_L1).toInteger(), ++seq); // chain order, no gaps
        }
        QCOMPARE(all.first().toObject().value("action"_L1).toString(), u"store.init"_s);
        QVERIFY(all.first().toObject().value("staff"_L1).isNull());
    }

    void auditFilters()
    {
        const QJsonArray all = audit({});
        QJsonObject sample;
        for (const QJsonValue &value : all) {
            if (value.toObject().value("resident"_L1).isString() && value.toObject().value("staff"_L1).isString()) {
                sample = value.toObject();
            }
        }
        const QString resident = sample.value("resident"_L1).toString();
        const QString staff = sample.value("staff"_L1).toString();
        const QJsonArray aboutResident = audit({ u"--resident"_s, resident });
        QVERIFY(!aboutResident.isEmpty() && aboutResident.size() < all.size());
        for (const QJsonValue &e : aboutResident) {
            QCOMPARE(e.toObject().value("resident"_L1).toString(), resident);
        }
        const QJsonArray byStaff = audit({ u"--staff"_s, staff, u"--action"_s, u"write."_s });
        QVERIFY(!byStaff.isEmpty());
        for (const QJsonValue &e : byStaff) {
            QCOMPARE(e.toObject().value("staff"_L1).toString(), staff);
            QVERIFY(e.toObject().value("action"_L1).toString().startsWith(u"write."_s));
        }
        const QString since = sample.value("at"_L1).toString();
        const QJsonArray recent = audit({ u"--since"_s, since });
        QVERIFY(!recent.isEmpty());
        for (const QJsonValue &e : recent) {
            QVERIFY(e.toObject().value("at"_L1).toString() >= since); // same fixed-width UTC format sorts by time
        }
        QCOMPARE(audit({ u"--since"_s, u"2100-01-01"_s }).size(), 0);
    }

    void auditRefusesABrokenChain()
    {
        const QString dir = copyFixture();
        {
            akten::platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(dir).path);
            QVERIFY(keys.prepare(false));
            const akten::core::SystemClock clock;
            auto store = akten::store::DeviceStore::open(dir, keys, clock);
            QVERIFY(store.ok());
            // Someone with the key and SQL access rewrites history (the trigger has to go first).
            QVERIFY(store.value().db().exec(u"DROP TRIGGER audit_events_no_update"_s));
            QVERIFY(store.value().db().exec(u"UPDATE audit_events SET action = 'view.residents' WHERE seq = 5"_s));
        }
        const auto run = runAktenctl({ u"audit"_s, u"--data-dir"_s, dir, u"--json"_s });
        expectOneErrorLine(run);
        QVERIFY2(run.err.contains("audit chain broken"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void verifyRefusesAlteredHistory()
    {
        const QString dir = copyFixture();
        {
            akten::platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(dir).path);
            QVERIFY(keys.prepare(false));
            const akten::core::SystemClock clock;
            auto store = akten::store::DeviceStore::open(dir, keys, clock);
            QVERIFY(store.ok());
            // The trigger dropped, one event's detail changed, the trigger put back: the file itself is consistent.
            QVERIFY(akten::test::alterAuditEvent(
                store.value().db(), store.value().deviceId(), 7, u"detail = 'changed afterwards'"_s));
        }
        const auto run = runAktenctl({ u"verify"_s, u"--data-dir"_s, dir });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(!run.out.contains("ok"), run.out.constData());
        QVERIFY2(run.err.contains("at seq 7: event content does not match its hash (changed)"), run.err.constData());
    }

    void verifyRefusesEventsWithoutAHead()
    {
        // Events of a device this store holds no head anchor for: their chain cannot be checked against anything.
        const QString dir = copyFixture();
        {
            akten::platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(dir).path);
            QVERIFY(keys.prepare(false));
            const akten::core::SystemClock clock;
            auto store = akten::store::DeviceStore::open(dir, keys, clock);
            QVERIFY(store.ok());
            QVERIFY(store.value().db().exec(
                u"INSERT INTO audit_events SELECT id, author_id, 'headless-device', hlc, wall_ms, seq, staff_role, "
                "resident_id, unit_id, action, detail, prev_hash, hash FROM audit_events WHERE seq <= 3"_s));
        }
        const auto run = runAktenctl({ u"verify"_s, u"--data-dir"_s, dir });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("audit events of device headless-device have no head anchor"), run.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("audit without --json") << QStringList { u"audit"_s, u"--data-dir"_s, u"/tmp"_s };
        QTest::newRow("audit bad resident id")
            << QStringList { u"audit"_s, u"--data-dir"_s, u"/tmp"_s, u"--json"_s, u"--resident"_s, u"x"_s };
        QTest::newRow("audit bad staff id")
            << QStringList { u"audit"_s, u"--data-dir"_s, u"/tmp"_s, u"--json"_s, u"--staff"_s, u"42"_s };
        QTest::newRow("audit bad date") << QStringList { u"audit"_s, u"--data-dir"_s, u"/tmp"_s, u"--json"_s,
            u"--since"_s, u"yesterday"_s };
        QTest::newRow("audit time without zone") << QStringList { u"audit"_s, u"--data-dir"_s, u"/tmp"_s, u"--json"_s,
            u"--since"_s, u"2026-11-23T08:00:00"_s };
        QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
        QTest::newRow("missing data dir") << QStringList { u"verify"_s };
        QTest::newRow("unknown option") << QStringList { u"stats"_s, u"--data-dir"_s, u"/tmp"_s, u"--xml"_s };
        QTest::newRow("stray argument") << QStringList { u"verify"_s, u"--data-dir"_s, u"/tmp"_s, u"extra"_s };
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        expectOneErrorLine(runAktenctl(args), 2);
    }

    /** A fresh machine has no ~/.local/share: init makes the parents, and refuses clearly where it cannot. */
    void initMakesMissingParentsAndRefusesAFileOnTheWay()
    {
        const QString dir = m_tmp.filePath(u"home/.local/share/akten"_s);
        const auto made = runAktenctl({ u"init"_s, u"--data-dir"_s, dir, u"--tpm"_s, u"off"_s });
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QCOMPARE(QFile::permissions(dir),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadUser | QFile::WriteUser
                | QFile::ExeUser);

        QFile blocker(m_tmp.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const auto refused
            = runAktenctl({ u"init"_s, u"--data-dir"_s, blocker.fileName() + u"/share/akten"_s, u"--tpm"_s, u"off"_s });
        expectOneErrorLine(refused);
        QVERIFY2(refused.err.contains("blocker exists and is not a directory"), refused.err.constData());

        // A failed init removes the parents it made: the device key and its directories are made first, then the
        // data directory cannot be.
        const QString keyPath = m_tmp.filePath(u"fresh/etc/akten/device.key"_s);
        expectOneErrorLine(runAktenctl({ u"init"_s, u"--data-dir"_s, blocker.fileName() + u"/akten"_s,
            u"--device-key"_s, keyPath, u"--tpm"_s, u"off"_s }));
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(u"fresh"_s)));
    }

    void missingDataDirCreatesNothing()
    {
        const QString dir = m_tmp.filePath(u"does-not-exist"_s);
        expectOneErrorLine(runAktenctl({ u"verify"_s, u"--data-dir"_s, dir }));
        expectOneErrorLine(runAktenctl({ u"stats"_s, u"--data-dir"_s, dir, u"--json"_s }));
        QVERIFY(!QFileInfo::exists(dir));
    }

    void flippedByteAnywhereFailsVerify_data()
    {
        QTest::addColumn<qint64>("offset");
        const qint64 size = QFileInfo(m_fixture + u"/akten.db"_s).size();
        const qint64 pages = size / 4096;
        QVERIFY(pages > 4);
        for (qint64 page : { qint64(0), qint64(1), pages / 2, pages - 1 }) {
            for (qint64 within : { 0, 17, 1000, 4000, 4095 }) {
                const qint64 offset = page * 4096 + within;
                QTest::addRow("page %lld byte %lld", page, within) << offset;
            }
        }
        for (int i = 0; i < 8; ++i) { // spread over the whole file, deterministic
            const qint64 offset = (size * (2 * i + 1)) / 17;
            QTest::addRow("offset %lld", offset) << offset;
        }
    }

    void flippedByteAnywhereFailsVerify()
    {
        QFETCH(qint64, offset);
        const QString dir = copyFixture();
        QFile db(dir + u"/akten.db"_s);
        QVERIFY(db.open(QIODevice::ReadWrite));
        QVERIFY(db.seek(offset));
        char byte = 0;
        QVERIFY(db.getChar(&byte));
        QVERIFY(db.seek(offset));
        QVERIFY(db.putChar(static_cast<char>(byte ^ 0x01)));
        db.close();
        expectOneErrorLine(runAktenctl({ u"verify"_s, u"--data-dir"_s, dir }));
    }

    void wrongDeviceKeyChangesNothing()
    {
        const QString dir = copyFixture();
        QFile key(akten::platform::defaultDeviceKeyLocation(dir).path);
        QVERIFY(key.open(QIODevice::ReadWrite));
        QByteArray bytes = key.readAll();
        bytes[3] = static_cast<char>(bytes[3] ^ 0x55);
        QVERIFY(key.seek(0));
        QCOMPARE(key.write(bytes), bytes.size());
        key.close();
        const auto before = snapshotDir(dir);
        expectOneErrorLine(runAktenctl({ u"verify"_s, u"--data-dir"_s, dir }));
        expectOneErrorLine(runAktenctl({ u"stats"_s, u"--data-dir"_s, dir, u"--json"_s }));
        QCOMPARE(snapshotDir(dir), before);
    }

    void truncatedOrForeignFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QFile db(m_fixture + u"/akten.db"_s);
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray full = db.readAll();
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("1000 bytes") << full.left(1000);
        QTest::newRow("half") << full.left(full.size() / 2);
        QTest::newRow("all but last page") << full.left(full.size() - 4096);
        QTest::newRow("text file") << QByteArray("Detta är inte en databas.\n");
        QTest::newRow("plain sqlite header") << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0');
    }

    void truncatedOrForeignFileChangesNothing()
    {
        QFETCH(QByteArray, content);
        const QString dir = copyFixture();
        QFile db(dir + u"/akten.db"_s);
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(db.write(content), content.size());
        db.close();
        const auto before = snapshotDir(dir);
        expectOneErrorLine(runAktenctl({ u"verify"_s, u"--data-dir"_s, dir }));
        QCOMPARE(snapshotDir(dir), before);
    }

    void newerSchemaIsRefused()
    {
        const QString dir = copyFixture();
        {
            akten::platform::FileKeyProvider keys(akten::platform::defaultDeviceKeyLocation(dir).path);
            QVERIFY(keys.prepare(false));
            const akten::core::SystemClock clock;
            auto store = akten::store::DeviceStore::open(dir, keys, clock);
            QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
            QVERIFY(store.value().db().exec(u"PRAGMA user_version = 999"_s));
        }
        const auto before = snapshotDir(dir);
        const auto run = runAktenctl({ u"verify"_s, u"--data-dir"_s, dir });
        expectOneErrorLine(run);
        QVERIFY2(run.err.contains("newer"), run.err.constData());
        QCOMPARE(snapshotDir(dir), before);
    }
};

QTEST_GUILESS_MAIN(AktenctlTest)
#include "aktenctltest.moc"
