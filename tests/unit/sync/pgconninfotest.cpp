// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// What akten-central refuses in --postgres CONNINFO (issue 16): a password (keyword or URI), and a database on
// another machine without sslmode=verify-full; what counts as this machine, and libpq's environment variables.
#include "sync/server/pg/pgconninfo.h"

#include <QTest>

using namespace akten::sync::pg;
using namespace Qt::StringLiterals;

class PgConninfoTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        for (const char *variable : { "PGHOST", "PGHOSTADDR", "PGSSLMODE" }) {
            qunsetenv(variable);
        }
    }

    void localHosts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("local");
        QTest::newRow("default socket") << QString() << true;
        QTest::newRow("socket directory") << u"/run/postgresql"_s << true;
        QTest::newRow("abstract socket") << u"@akten"_s << true;
        QTest::newRow("localhost") << u"LocalHost"_s << true;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.8.9.10") << u"127.8.9.10"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("a name") << u"db.example"_s << false;
        QTest::newRow("localhost.example") << u"localhost.example"_s << false;
        QTest::newRow("10.0.0.5") << u"10.0.0.5"_s << false;
        QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
        QTest::newRow("::2") << u"::2"_s << false;
    }
    void localHosts()
    {
        QFETCH(QString, host);
        QFETCH(bool, local);
        QCOMPARE(isLocalHost(host), local);
    }

    void passwordsAreRefused_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::newRow("keyword") << u"host=/run/postgresql dbname=akten password=secret"_s;
        QTest::newRow("quoted") << u"dbname=akten password='se cret'"_s;
        QTest::newRow("URI") << u"postgresql://akten:secret@localhost/akten"_s;
        QTest::newRow("URI parameter") << u"postgresql:///akten?password=secret"_s;
    }
    void passwordsAreRefused()
    {
        QFETCH(QString, conninfo);
        const auto problem = conninfoProblem(conninfo);
        QVERIFY(problem);
        QVERIFY2(problem->startsWith("--postgres must not contain a password"_L1), qPrintable(*problem));
        QVERIFY(problem->contains("--postgres-password-file"_L1));
        QVERIFY(!problem->contains("secret"_L1));
    }

    void remoteDatabasesNeedVerifyFull_data()
    {
        QTest::addColumn<QString>("conninfo");
        QTest::addColumn<bool>("refused");
        QTest::newRow("unix socket") << u"host=/tmp/pg dbname=akten"_s << false;
        QTest::newRow("loopback, no TLS") << u"host=127.0.0.1 dbname=akten"_s << false;
        QTest::newRow("remote, no sslmode") << u"host=db.example dbname=akten"_s << true;
        QTest::newRow("remote, require") << u"host=db.example dbname=akten sslmode=require"_s << true;
        QTest::newRow("remote, verify-ca") << u"host=db.example sslmode=verify-ca"_s << true;
        QTest::newRow("remote, verify-full") << u"host=db.example dbname=akten sslmode=verify-full"_s << false;
        QTest::newRow("remote URI") << u"postgresql://akten@10.1.2.3/akten"_s << true;
        QTest::newRow("remote URI, verify-full") << u"postgresql://akten@10.1.2.3/akten?sslmode=verify-full"_s << false;
        QTest::newRow("one of two hosts remote") << u"host=localhost,db.example dbname=akten"_s << true;
        QTest::newRow("hostaddr decides") << u"host=localhost hostaddr=10.0.0.5"_s << true;
    }
    void remoteDatabasesNeedVerifyFull()
    {
        QFETCH(QString, conninfo);
        QFETCH(bool, refused);
        const auto problem = conninfoProblem(conninfo);
        QCOMPARE(bool(problem), refused);
        if (problem) {
            QVERIFY2(problem->contains("sslmode=verify-full"_L1), qPrintable(*problem));
        }
    }

    void libpqEnvironmentCounts()
    {
        qputenv("PGHOST", "db.example");
        QVERIFY(conninfoProblem(u"dbname=akten"_s));
        qputenv("PGSSLMODE", "verify-full");
        QVERIFY(!conninfoProblem(u"dbname=akten"_s));
        QVERIFY(conninfoProblem(u"dbname=akten sslmode=prefer"_s)); // the string overrides the environment
    }

    void malformedStringsAreRefused()
    {
        const auto problem = conninfoProblem(u"host=localhost dbname"_s);
        QVERIFY(problem);
        QVERIFY2(problem->startsWith("--postgres: not a PostgreSQL connection string"_L1), qPrintable(*problem));
    }
};

QTEST_GUILESS_MAIN(PgConninfoTest)
#include "pgconninfotest.moc"
