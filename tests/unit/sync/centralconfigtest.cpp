// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// akten-central --config FILE (README "akten-central as a service"): keys are the long options, the command line's
// options win over the file's, and an unknown key, a key given twice or a bad value is refused with file, line and key.
#include "sync/server/centralconfig.h"
#include "sync/server/centralmetrics.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace akten;
using namespace akten::sync;
using namespace Qt::StringLiterals;

class CentralConfigTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;

    QString write(const QByteArray &text)
    {
        const QString path = m_tmp.filePath(u"central.conf"_s);
        QFile file(path);
        [&] { QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate)); }();
        file.write(text);
        return path;
    }

private Q_SLOTS:
    void readsKeysCommentsAndBlankLines()
    {
        const QString path = write("# the packaged layout\n\ncentral-dir = /var/lib/akten-central\n"
                                   "  listen=0.0.0.0:8443  \nhealth-listen = [::1]:9102\nstop-timeout = 45\n"
                                   "postgres = host=/run/postgresql dbname=akten\n");
        const auto config = CentralConfig::read(path);
        QVERIFY2(config, config ? "" : qPrintable(config.error().message));
        QCOMPARE(config.value().value(u"listen"_s), u"0.0.0.0:8443"_s);
        QCOMPARE(config.value().value(u"postgres"_s), u"host=/run/postgresql dbname=akten"_s);
        QVERIFY(!config.value().value(u"central-key"_s));
        // Only the keys a command knows become its options, in the file's order.
        QCOMPARE(config.value().arguments({ u"central-dir"_s, u"postgres"_s }),
            QStringList(
                { u"--central-dir=/var/lib/akten-central"_s, u"--postgres=host=/run/postgresql dbname=akten"_s }));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown key") << QByteArray("central-dir = /x\nlisten-on = 127.0.0.1:1\n")
                                     << u":2: unknown key 'listen-on' (known: central-dir, "_s;
        QTest::newRow("not key = value") << QByteArray("\n\n--listen 127.0.0.1:1\n")
                                         << u":3: expected 'key = value', not '--listen 127.0.0.1:1'"_s;
        QTest::newRow("twice") << QByteArray("listen = 127.0.0.1:1\nlisten = 127.0.0.1:2\n")
                               << u":2: listen given again (first on line 1)"_s;
        QTest::newRow("empty value") << QByteArray("central-key =\n") << u":1: central-key has no value"_s;
        QTest::newRow("relative path") << QByteArray("central-dir = state\n")
                                       << u":1: central-dir must be an absolute path, not 'state'"_s;
        QTest::newRow("name not address")
            << QByteArray("# c\nlisten = localhost:8443\n")
            << u":2: listen expected HOST:PORT with an IP address, not 'localhost:8443'"_s;
        QTest::newRow("port too large") << QByteArray("enrol-listen = 127.0.0.1:70000\n")
                                        << u":1: enrol-listen expected HOST:PORT"_s;
        QTest::newRow("health not loopback")
            << QByteArray("health-listen = 0.0.0.0:9102\n") << u":1: health-listen must be a loopback address"_s;
        QTest::newRow("stop-timeout") << QByteArray("stop-timeout = 0\n")
                                      << u":1: stop-timeout expected whole seconds from 1 to 3600, not '0'"_s;
        QTest::newRow("password in conninfo")
            << QByteArray("postgres = dbname=akten password=secret\n") << u":1: postgres "_s;
    }

    void refusals()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        const QString path = write(text);
        const auto config = CentralConfig::read(path);
        QVERIFY(!config);
        QVERIFY2(config.error().message.startsWith(path + expected), qPrintable(config.error().message));
        QVERIFY(!config.error().message.contains(u"secret"_s) || !text.contains("password"));
    }

    void missingFile()
    {
        const auto config = CentralConfig::read(m_tmp.filePath(u"absent.conf"_s));
        QVERIFY(!config);
        QVERIFY(config.error().message.startsWith(u"cannot read the configuration file "_s));
    }

    void commandLineWins()
    {
        const QString path
            = write("central-dir = /srv/central\nlisten = 127.0.0.1:8443\nhealth-listen = 127.0.0.1:9102\n");
        const QStringList known { u"central-dir"_s, u"listen"_s };
        const auto expanded
            = CentralConfig::expand({ u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--config"_s, path }, known);
        QVERIFY2(expanded, expanded ? "" : qPrintable(expanded.error().message));
        // The file's before the command line's: QCommandLineParser::value() takes the last one.
        QCOMPARE(expanded.value(),
            QStringList({ u"serve"_s, u"--central-dir=/srv/central"_s, u"--listen=127.0.0.1:8443"_s, u"--listen"_s,
                u"127.0.0.1:0"_s }));
        QCommandLineParser parser;
        parser.addOption({ u"central-dir"_s, {}, u"DIR"_s });
        parser.addOption({ u"listen"_s, {}, u"HOST:PORT"_s });
        QVERIFY(parser.parse(expanded.value()));
        QCOMPARE(parser.value(u"listen"_s), u"127.0.0.1:0"_s);
        QCOMPARE(parser.value(u"central-dir"_s), u"/srv/central"_s);
        const QStringList plain { u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s };
        QCOMPARE(CentralConfig::expand(plain, known).value(), plain);
        QVERIFY(!CentralConfig::expand({ u"serve"_s, u"--config"_s }, known));
        QVERIFY(!CentralConfig::expand({ u"serve"_s, u"--config="_s + path, u"--config"_s, path }, known));
    }

    void metricsExposition()
    {
        CentralMetrics metrics;
        metrics.uploadApplied(3, 1, 2);
        metrics.downloaded(7);
        metrics.enrolment(true);
        metrics.enrolment(false);
        metrics.handshakeRefused();
        metrics.answered(CentralMetrics::Endpoint::Upload, 200, std::chrono::milliseconds(30));
        metrics.answered(CentralMetrics::Endpoint::Upload, 409, std::chrono::seconds(20));
        metrics.watchConnections(u"sync"_s, [] { return 4; });
        const QByteArray text = metrics.exposition();
        for (const QByteArray &line : { QByteArray("akten_central_upload_batches_total 1"),
                 QByteArray("akten_central_upload_records_total{outcome=\"accepted\"} 3"),
                 QByteArray("akten_central_upload_records_total{outcome=\"duplicate\"} 1"),
                 QByteArray("akten_central_upload_records_total{outcome=\"rejected\"} 2"),
                 QByteArray("akten_central_download_records_total 7"),
                 QByteArray("akten_central_enrolments_total{result=\"refused\"} 1"),
                 QByteArray("akten_central_handshakes_refused_total 1"),
                 QByteArray("akten_central_active_connections{listener=\"sync\"} 4"),
                 QByteArray("akten_central_responses_total{endpoint=\"upload\",code=\"409\"} 1"),
                 QByteArray("akten_central_request_duration_seconds_bucket{endpoint=\"upload\",le=\"0.025\"} 0"),
                 QByteArray("akten_central_request_duration_seconds_bucket{endpoint=\"upload\",le=\"0.05\"} 1"),
                 QByteArray("akten_central_request_duration_seconds_bucket{endpoint=\"upload\",le=\"10\"} 1"),
                 QByteArray("akten_central_request_duration_seconds_bucket{endpoint=\"upload\",le=\"+Inf\"} 2"),
                 QByteArray("akten_central_request_duration_seconds_count{endpoint=\"upload\"} 2"),
                 QByteArray("# TYPE akten_central_request_duration_seconds histogram") }) {
            QVERIFY2(text.contains(QByteArray(line + '\n')), line.constData());
        }
    }
};

QTEST_GUILESS_MAIN(CentralConfigTest)
#include "centralconfigtest.moc"
