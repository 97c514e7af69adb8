// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The listener under akten-central's HTTP server: request heads read before any body (pure), then a real
// QAbstractHttpServer bound to a GuardedTlsServer on loopback with the site's TLS, driven by a raw TLS client that
// sends what a careless or hostile client would: a body far over the limit, one a little over, chunked transfer, a
// head that never ends, nothing at all, a request dripped byte by byte, a head split across writes with a flood
// behind it, too many connections (the longest idle makes room), and plain TCP connections that never start TLS (issue
// 16).
#include "tests/support/testkeyprovider.h"

#include "sync/server/guardedtlsserver.h"
#include "sync/server/sitecredentials.h"

#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponder>

using namespace akten;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/** Answers every request with the size of its body and counts what it was handed. */
class BodySizeServer final : public QAbstractHttpServer
{
public:
    int handled = 0;

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        ++handled;
        makeResponder(request, socket).write(QByteArray::number(request.body().size()), "text/plain");
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }
};

sync::ConnectionLimits smallLimits()
{
    sync::ConnectionLimits limits;
    limits.maxBodyBytes = 1024;
    limits.maxHeadBytes = 4096;
    limits.idleTimeout = 3s;
    limits.requestDeadline = 5s;
    limits.maxConnections = 3;
    return limits;
}

QByteArray post(qint64 contentLength, const QByteArray &extraHeader = {})
{
    return "POST /v1/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " + QByteArray::number(contentLength)
        + "\r\n" + extraHeader + "\r\n";
}

} // namespace

class GuardedTlsServerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::TestKeyProvider m_keys;
    std::optional<sync::SiteCredentials> m_site;
    std::unique_ptr<BodySizeServer> m_http;
    sync::GuardedTlsServer *m_listener = nullptr;
    std::vector<std::unique_ptr<QSslSocket>> m_clients;

    void serve(const sync::ConnectionLimits &limits)
    {
        m_clients.clear();
        m_http = std::make_unique<BodySizeServer>();
        m_listener = new sync::GuardedTlsServer(m_site->serverTls(false), limits);
        QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0));
        m_http->bind(m_listener);
    }

    /** A TLS client that trusts the site CA only, connected and through its handshake (nullptr if not). */
    QSslSocket *connectClient()
    {
        auto socket = std::make_unique<QSslSocket>();
        QSslConfiguration tls = socket->sslConfiguration();
        tls.setCaCertificates({ QSslCertificate(m_site->caCertificatePem()) });
        socket->setSslConfiguration(tls);
        QSignalSpy encrypted(socket.get(), &QSslSocket::encrypted);
        socket->connectToHostEncrypted(u"127.0.0.1"_s, m_listener->serverPort());
        if (!encrypted.wait(10'000)) {
            return nullptr;
        }
        m_clients.push_back(std::move(socket));
        return m_clients.back().get();
    }

    /** Everything the server sends until it has sent a whole answer (head and Content-Length body) or closes. */
    static QByteArray answerFrom(QSslSocket *socket, int timeoutMs = 10'000)
    {
        QByteArray received;
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < timeoutMs) {
            received += socket->readAll();
            const qsizetype end = received.indexOf("\r\n\r\n");
            if (end >= 0) {
                const qsizetype at = received.toLower().indexOf("content-length:");
                const qint64 length
                    = at < 0 ? 0 : received.mid(at + 15, received.indexOf('\r', at) - at - 15).trimmed().toLongLong();
                if (received.size() >= end + 4 + length) {
                    return received;
                }
            }
            if (socket->state() == QAbstractSocket::UnconnectedState) {
                return received;
            }
            QTest::qWait(10);
        }
        return received;
    }

    static bool closedWithin(QSslSocket *socket, int timeoutMs)
    {
        QElapsedTimer waited;
        waited.start();
        while (socket->state() != QAbstractSocket::UnconnectedState && waited.elapsed() < timeoutMs) {
            socket->readAll();
            QTest::qWait(10);
        }
        return socket->state() == QAbstractSocket::UnconnectedState;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(sync::SiteCredentials::create(m_dir.path(), m_keys, { u"127.0.0.1"_s }));
        auto site = sync::SiteCredentials::load(m_dir.path(), m_keys);
        QVERIFY(site);
        m_site.emplace(std::move(site).value());
    }

    void headsAreReadBeforeAnyBody_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("complete");
        QTest::addColumn<int>("refusal");
        QTest::addColumn<qint64>("length");
        const QByteArray get = "GET /v1/ca HTTP/1.1\r\nHost: x\r\n\r\n";
        QTest::newRow("no body") << get << true << 0 << qint64(0);
        QTest::newRow("body at the limit") << post(1024) + "abc" << true << 0 << qint64(1024);
        QTest::newRow("spaces, lower case")
            << QByteArray("POST / HTTP/1.1\r\ncontent-length:   17  \r\n\r\n") << true << 0 << qint64(17);
        QTest::newRow("one byte over") << post(1025) << true << 413 << qint64(1025);
        QTest::newRow("far over") << post(1LL << 40) << true << 413 << qint64(1LL << 40);
        QTest::newRow("same length twice") << post(5, "Content-Length: 5\r\n") << true << 0 << qint64(5);
        QTest::newRow("two lengths") << post(5, "Content-Length: 6\r\n") << true << 400 << qint64(0);
        QTest::newRow("negative") << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << true << 400
                                  << qint64(0);
        QTest::newRow("not a number") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1e9\r\n\r\n") << true << 400
                                      << qint64(0);
        QTest::newRow("too many digits") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1234567890123456789\r\n\r\n")
                                         << true << 400 << qint64(0);
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << true << 411
                                 << qint64(0);
        QTest::newRow("line without a colon")
            << QByteArray("POST / HTTP/1.1\r\nnonsense\r\n\r\n") << true << 400 << qint64(0);
        QTest::newRow("not all there yet") << QByteArray("POST / HTTP/1.1\r\nContent-Le") << false << 0 << qint64(0);
        QTest::newRow("never ends") << QByteArray(4097, 'x') << true << 431 << qint64(0);
        QTest::newRow("ends too late") << "GET / HTTP/1.1\r\nX: " + QByteArray(4090, 'x') + "\r\n\r\n"
                                       << true << 431 << qint64(0);
    }

    void headsAreReadBeforeAnyBody()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, complete);
        QFETCH(int, refusal);
        QFETCH(qint64, length);
        const auto head = sync::inspectRequestHead(data, smallLimits());
        QCOMPARE(head.complete, complete);
        QCOMPARE(head.refusal, refusal);
        QCOMPARE(qint64(head.contentLength), length);
        QCOMPARE(head.reason.isEmpty(), refusal == 0);
    }

    void requestsWithinTheLimitsReachTheServer()
    {
        serve(smallLimits());
        QSslSocket *client = connectClient();
        QVERIFY(client);
        for (int i = 0; i < 2; ++i) { // and again on the same connection
            client->write(post(1024) + QByteArray(1024, 'a'));
            const QByteArray answer = answerFrom(client);
            QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
            QVERIFY(answer.endsWith("\r\n\r\n1024"));
        }
        QCOMPARE(m_http->handled, 2);
    }

    void aBodyOverTheLimitIsRefusedFromItsHead()
    {
        serve(smallLimits());
        QSslSocket *client = connectClient(); // far over: answered at once, without reading the body
        QVERIFY(client);
        client->write(post(1LL << 30) + "0123456789");
        QByteArray answer = answerFrom(client);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("\"error\":\"message larger than 1024 bytes\""));
        QVERIFY(closedWithin(client, 5'000));

        client = connectClient(); // a little over: the body is read and dropped, then the answer
        QVERIFY(client);
        client->write(post(2000) + QByteArray(1000, 'a'));
        QTest::qWait(200);
        QCOMPARE(client->bytesAvailable(), 0);
        client->write(QByteArray(1000, 'a'));
        answer = answerFrom(client);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QCOMPARE(m_http->handled, 0);
    }

    void headsTheServerCannotUseAreRefused()
    {
        serve(smallLimits());
        QSslSocket *client = connectClient();
        QVERIFY(client);
        client->write("POST /v1/upload HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n");
        QByteArray answer = answerFrom(client);
        QVERIFY2(answer.startsWith("HTTP/1.1 411"), answer.constData());

        client = connectClient();
        QVERIFY(client);
        client->write("GET /v1/ca HTTP/1.1\r\nX-Filler: " + QByteArray(8000, 'x'));
        answer = answerFrom(client);
        QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.constData());
        QCOMPARE(m_http->handled, 0);
    }

    void quietAndSlowConnectionsAreClosed()
    {
        auto limits = smallLimits();
        limits.idleTimeout = 400ms;
        limits.requestDeadline = 1500ms;
        serve(limits);
        QSslSocket *quiet = connectClient();
        QVERIFY(quiet);
        QElapsedTimer open;
        open.start();
        QVERIFY(closedWithin(quiet, 5'000));
        QVERIFY2(open.elapsed() >= 300, qPrintable(QString::number(open.elapsed())));

        QSslSocket *dripping = connectClient(); // never quiet for long, never done
        QVERIFY(dripping);
        const QByteArray request = post(200) + QByteArray(200, 'a');
        QByteArray answer;
        for (qsizetype i = 0; i < request.size() && answer.isEmpty(); ++i) {
            dripping->write(request.mid(i, 1));
            QTest::qWait(100);
            answer += dripping->readAll();
        }
        answer += answerFrom(dripping);
        QVERIFY2(answer.startsWith("HTTP/1.1 408"), answer.constData());

        // A head split across writes is followed until it is whole: the flood behind it is refused unread.
        QSslSocket *flooding = connectClient();
        QVERIFY(flooding);
        flooding->write("POST /v1/upload HT");
        QTest::qWait(100);
        flooding->write("TP/1.1\r\nContent-Length: 100000000\r\n\r\n");
        QTest::qWait(100);
        flooding->write(QByteArray(4 * 1024 * 1024, 'a'));
        answer = answerFrom(flooding);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(closedWithin(flooding, 10'000));
        QCOMPARE(m_http->handled, 0);
    }

    void atTheMaximumTheLongestIdleMakesRoom()
    {
        serve(smallLimits()); // three at once
        QList<QSslSocket *> open;
        for (int i = 0; i < 3; ++i) {
            open.append(connectClient());
            QVERIFY(open.last());
            QTest::qWait(50);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->openConnections(), 3, 5'000);
        // All busy (active within the last second): a fourth is closed, the three stay.
        QSslSocket *fourth = connectClient();
        if (fourth) { // the handshake may finish before the listener closes it
            QVERIFY(closedWithin(fourth, 2'000));
        }
        for (QSslSocket *socket : open) {
            QCOMPARE(socket->state(), QAbstractSocket::ConnectedState);
        }
        // Idle clients holding every place (issue 16: 32 idle TLS clients kept enrolment shut for the idle timeout):
        // a new one is served, and the one idle the longest was closed for it.
        open.at(1)->write(post(1) + "x"); // the second is active again
        QVERIFY(answerFrom(open.at(1)).endsWith("\r\n\r\n1"));
        QTest::qWait(1'200);
        QSslSocket *again = connectClient();
        QVERIFY(again);
        again->write(post(3) + "abc");
        QVERIFY(answerFrom(again).endsWith("\r\n\r\n3"));
        QVERIFY(closedWithin(open.at(0), 2'000));
        QCOMPARE(open.at(1)->state(), QAbstractSocket::ConnectedState);
        QCOMPARE(open.at(2)->state(), QAbstractSocket::ConnectedState);
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->openConnections(), 3, 5'000);
    }

    // Issue 16: 80 plain TCP connections that never started TLS left the listener accepting nothing, for good.
    void unfinishedHandshakesAreCappedAndAcceptingGoesOn()
    {
        sync::ConnectionLimits limits = smallLimits();
        limits.handshake = { 1'500ms, 6, 4 }; // deadline, at once, per peer address
        serve(limits);
        std::vector<std::unique_ptr<QTcpSocket>> silent;
        for (int i = 0; i < 40; ++i) { // plain TCP that never sends a byte
            silent.push_back(std::make_unique<QTcpSocket>());
            silent.back()->connectToHost(QHostAddress::LocalHost, m_listener->serverPort());
        }
        // Every one is accepted, and all but the newest four (this peer's cap) are dropped, oldest first.
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->handshakes().dropped(), 36, 5'000);
        QCOMPARE(m_listener->handshakes().inHandshake(), 4);
        QTRY_VERIFY_WITH_TIMEOUT(silent.front()->state() == QAbstractSocket::UnconnectedState, 5'000);
        QCOMPARE(silent.back()->state(), QAbstractSocket::ConnectedState);
        // A real client still gets through at once (it pushes the oldest silent one out) and is answered.
        QSslSocket *client = connectClient();
        QVERIFY(client);
        client->write(post(3) + "abc");
        QVERIFY(answerFrom(client).endsWith("\r\n\r\n3"));
        // The rest never finish their handshake: dropped at the deadline.
        QTRY_COMPARE_WITH_TIMEOUT(m_listener->handshakes().inHandshake(), 0, 5'000);
        QTRY_VERIFY_WITH_TIMEOUT(silent.back()->state() == QAbstractSocket::UnconnectedState, 5'000);
        QCOMPARE(client->state(), QAbstractSocket::ConnectedState);
    }
};

QTEST_GUILESS_MAIN(GuardedTlsServerTest)
#include "guardedtlsservertest.moc"
