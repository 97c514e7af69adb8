// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// How long the UI thread is held while a new tablet makes its first sync (its units' records, ~50 000 by default),
// with the app's sessions on the UI thread (SessionRunner) against the app's own sync thread (ThreadedSyncRunner),
// both measured in the same run against the same central store. akten-central runs in process on a thread of its
// own over mutual TLS on loopback, so that the UI thread does only what the app's would. A 5 ms timer on the UI thread
// stands for the frames: the longest gap between its ticks, and the share of ticks later than two frames (33 ms).
// Usage: uistallbench [copies]
#include "tests/bench/benchcentral.h"

#include "sync/client/centralclient.h"
#include "sync/client/enrolment.h"
#include "sync/client/syncrunner.h"
#include "sync/client/threadedsyncrunner.h"
#include "sync/server/centralhttpserver.h"
#include "sync/server/sitecredentials.h"
#include "sync/server/sqliteledger.h"
#include "sync/tls/certificates.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

using namespace akten;
using namespace Qt::StringLiterals;
using bench::die;
using bench::must;

namespace {

QTextStream out(stdout);

/** akten-central's two listeners, created and served on the thread this object is moved to. */
class CentralThread : public QObject
{
public:
    CentralThread(sync::CentralService &central, sync::SiteCredentials &site)
        : m_central(central)
        , m_site(site)
    { }
    /** On the central thread: starts both listeners; their ports. */
    std::pair<quint16, quint16> listen()
    {
        m_sync = std::make_unique<sync::CentralHttpServer>(sync::CentralHttpServer::Role::Sync, m_central, m_site);
        m_enrol
            = std::make_unique<sync::CentralHttpServer>(sync::CentralHttpServer::Role::Enrolment, m_central, m_site);
        return { m_sync->listen(QHostAddress::LocalHost, 0), m_enrol->listen(QHostAddress::LocalHost, 0) };
    }
    /** On the central thread: closes both listeners and their connections (their timers belong to that thread). */
    void stop()
    {
        m_sync.reset();
        m_enrol.reset();
    }

private:
    sync::CentralService &m_central;
    sync::SiteCredentials &m_site;
    std::unique_ptr<sync::CentralHttpServer> m_sync;
    std::unique_ptr<sync::CentralHttpServer> m_enrol;
};

struct Stalls
{
    qint64 longestMs = 0;
    int ticks = 0;
    int late = 0; ///< more than two frames apart
    double seconds = 0;
    sync::SyncOutcome outcome;
};

/** Runs one sync through `runner` while a 5 ms timer ticks on this (the UI) thread. */
Stalls measure(sync::SyncRunner &runner)
{
    Stalls stalls;
    QElapsedTimer since;
    QElapsedTimer total;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 gap = since.restart();
        stalls.longestMs = std::max(stalls.longestMs, gap);
        ++stalls.ticks;
        stalls.late += gap > 33 ? 1 : 0;
    });
    QEventLoop loop;
    QObject::connect(&runner, &sync::SyncRunner::finished, &loop, [&](const sync::SyncOutcome &outcome) {
        stalls.outcome = outcome;
        loop.quit();
    });
    since.start();
    total.start();
    tick.start();
    runner.start(sync::SyncKind::Full);
    loop.exec();
    stalls.seconds = double(total.nsecsElapsed()) / 1e9;
    return stalls;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(u"uistallbench"_s);
    const int copies = argc > 1 ? QByteArray(argv[1]).toInt() : 20;
    test::DemoPair pair;
    if (!pair.create()) {
        die(u"cannot create the demo stores"_s);
    }
    const QString centralDir = pair.tmp.filePath(u"central"_s);
    QDir().mkpath(centralDir);
    test::TestKeyProvider centralKeys;
    must(sync::SiteCredentials::create(centralDir, centralKeys, { u"127.0.0.1"_s }), "site CA");
    auto site = must(sync::SiteCredentials::load(centralDir, centralKeys), "site credentials");
    sync::CentralService central(must(sync::SqliteLedger::open(centralDir, centralKeys), "central store"), pair.clock);
    bench::importDemoMaster(central, pair);
    QList<core::Id> units;
    for (const auto &unit : pair.data.units) {
        units << unit.id;
    }
    bench::ingestHistory(central, pair, units, copies);

    QThread serverThread;
    CentralThread server(central, site);
    server.moveToThread(&serverThread);
    serverThread.start();
    std::pair<quint16, quint16> ports;
    QMetaObject::invokeMethod(
        &server, [&] { ports = server.listen(); }, Qt::BlockingQueuedConnection);
    if (!ports.first || !ports.second) {
        die(u"cannot listen on loopback"_s);
    }
    const QUrl syncUrl(u"https://127.0.0.1:%1"_s.arg(ports.first));

    // Two new tablets of both units, enrolled with one-time codes as in the field.
    struct Tablet
    {
        QString dir;
        test::TestKeyProvider keys;
        std::optional<store::DeviceStore> store;
    };
    std::array<Tablet, 2> tablets;
    for (std::size_t i = 0; i < tablets.size(); ++i) {
        Tablet &t = tablets.at(i);
        t.dir = pair.tmp.filePath(u"tablet%1"_s.arg(i));
        t.store.emplace(must(store::DeviceStore::create(t.dir, t.keys, pair.clock), "tablet store"));
        const QString code = must(central.createEnrolmentCode(units, 60'000), "enrolment code");
        sync::Enrolment enrolment(t.dir, t.store->deviceId(), t.keys);
        std::optional<Status> enrolled;
        QEventLoop loop;
        QObject::connect(&enrolment, &sync::Enrolment::finished, &loop, [&](const Status &status) {
            enrolled = status;
            loop.quit();
        });
        enrolment.start(
            QUrl(u"https://127.0.0.1:%1"_s.arg(ports.second)), code, sync::tls::fingerprint(site.caCertificatePem()));
        loop.exec();
        must(*enrolled, "enrolment");
    }

    // As the app: 200 records a batch. First on the UI thread, then on the sync thread.
    auto credentials = must(sync::DeviceCredentials::load(tablets[0].dir, tablets[0].keys), "credentials");
    sync::CentralClient client(credentials.tlsConfiguration());
    sync::SessionRunner uiRunner([&](sync::SyncKind) {
        auto session = std::make_unique<sync::SyncSession>(*tablets[0].store, pair.clock, client, syncUrl);
        session->setBatchSizes(200, 200);
        return session;
    });
    const Stalls onUi = measure(uiRunner);

    Tablet &second = tablets[1];
    const auto tls = must(sync::DeviceCredentials::load(second.dir, second.keys), "credentials").tlsConfiguration();
    second.store.reset(); // the sync thread opens its own connection, as the app's does beside the UI's
    sync::ThreadedSyncRunner threaded([&]() -> Result<sync::SessionFactory> {
        auto opened = store::DeviceStore::open(second.dir, second.keys, pair.clock);
        if (!opened) {
            return opened.error();
        }
        auto store = std::make_shared<store::DeviceStore>(std::move(opened).value());
        auto threadClient = std::make_shared<sync::CentralClient>(tls);
        return sync::SessionFactory([store, threadClient, &pair, syncUrl](sync::SyncKind) {
            auto session = std::make_unique<sync::SyncSession>(*store, pair.clock, *threadClient, syncUrl);
            session->setBatchSizes(200, 200);
            return session;
        });
    });
    const Stalls onThread = measure(threaded);

    QMetaObject::invokeMethod(
        &server, [&] { server.stop(); }, Qt::BlockingQueuedConnection);
    serverThread.quit();
    serverThread.wait();
    for (const Stalls *s : { &onUi, &onThread }) {
        if (s->outcome.end != sync::SyncOutcome::End::Done || s->outcome.downloaded == 0) {
            die(u"a sync did not complete: "_s + s->outcome.error);
        }
    }
    out << u"first sync of a new tablet: the units' master data, then %1 records"_s.arg(onUi.outcome.downloaded)
        << Qt::endl;
    const auto line = [](const char *how, const Stalls &s) {
        out << u"  %1: %2 s, longest UI-thread pause %3 ms, %4 ticks of the %5 a free UI thread gets (%6 %), "
               "%7 later than two frames"_s.arg(QString::fromLatin1(how))
                   .arg(s.seconds, 0, 'f', 1)
                   .arg(s.longestMs)
                   .arg(s.ticks)
                   .arg(qint64(s.seconds * 200))
                   .arg(100.0 * s.ticks / std::max(1.0, s.seconds * 200), 0, 'f', 0)
                   .arg(s.late)
            << Qt::endl;
    };
    line("sessions on the UI thread", onUi);
    line("sessions on the sync thread (the app)", onThread);
    out << u"longest pause, sync thread vs UI thread: ratio %1 (lower is better)"_s.arg(
        double(std::max<qint64>(onThread.longestMs, 1)) / double(std::max<qint64>(onUi.longestMs, 1)), 0, 'f', 2)
        << Qt::endl;
    return 0;
}
