// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// akten-central: the central store's server. Contract (README "akten-central"): English errors on stderr, exit codes
// 0 ok / 1 failed / 2 usage; `serve` prints one "listening <role> https://HOST:PORT" line per listener on stdout (and
// "listening health http://HOST:PORT"), tells systemd READY=1, and runs until SIGTERM or SIGINT, then stops taking
// connections, answers the requests in hand and exits 0 (each request is one transaction: one cut short leaves
// nothing). Options may come from a file (--config FILE, README "akten-central as a service").
#include "app/core/clock.h"
#include "platform/keys/filekeyprovider.h"
#include "sync/server/centralconfig.h"
#include "sync/server/centralhttpserver.h"
#include "sync/server/centrallocation.h"
#include "sync/server/centralmetrics.h"
#include "sync/server/centralservice.h"
#include "sync/server/filelimit.h"
#include "sync/server/gracefulstop.h"
#include "sync/server/healthserver.h"
#include "sync/server/pg/bodykeys.h"
#include "sync/server/servicenotifier.h"
#include "sync/server/sitecredentials.h"
#include "sync/tls/certificates.h"

#include <QCoreApplication>
#include <QDebug>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

constexpr auto usage = R"(usage: akten-central <command> [options]
commands:
  init  --central-dir DIR [--host NAME|IP]... [--postgres CONNINFO [--postgres-password-file FILE]] [--central-key FILE]
        create the site CA, the server certificate (for each --host; default localhost and 127.0.0.1)
        and the store; prints the CA fingerprint tablets pin at enrolment
  serve --central-dir DIR [--listen HOST:PORT] [--enrol-listen HOST:PORT] [--postgres CONNINFO [--postgres-password-file FILE]] [--central-key FILE]
        [--health-listen HOST:PORT] [--stop-timeout SECONDS]
        serve sync (mutual TLS, default 127.0.0.1:8443) and enrolment (TLS, default 127.0.0.1:8444); port 0 picks one;
        /healthz and /metrics over plain HTTP on a loopback address; on SIGTERM finish the requests in hand (default 30 s)
  rotate-body-key --central-dir DIR --postgres CONNINFO [--central-key FILE]
        add the next key that seals record bodies in PostgreSQL (servers use it once restarted; old rows still open)
every command also takes --config FILE: options as `key = value` lines (the long options' names), the command line's
winning; with --config the central key must lie outside DIR (or come as the systemd credential central.key)
exit codes: 0 ok, 1 failed, 2 usage error)";

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "akten-central: " << message << '\n';
    return code;
}

/**
 * Every connection the listeners may hold at once (open ones and handshakes) needs a file descriptor. The soft limit
 * is raised as far as the hard one allows; below what the limits need, they are scaled down to fit, so that a flood
 * meets the caps (the oldest handshake dropped, accepting goes on) and not a failing accept().
 */
void fitToFileLimit(std::initializer_list<sync::ConnectionLimits *> listeners)
{
    constexpr long kReserved = 64; // the store's files, Qt's own descriptors, standard streams
    long connections = 0;
    for (const auto *limits : listeners) {
        connections += limits->maxConnections + limits->handshake.maxInHandshake;
    }
    const long files = sync::raiseFileLimit(kReserved + connections);
    if (files >= kReserved + connections) {
        return;
    }
    const double share = double(std::max(files - kReserved, 0L)) / double(connections);
    for (auto *limits : listeners) {
        limits->maxConnections = std::max(2, int(limits->maxConnections * share));
        limits->handshake.maxInHandshake = std::max(2, int(limits->handshake.maxInHandshake * share));
        limits->handshake.maxPerPeer = std::min(limits->handshake.maxPerPeer, limits->handshake.maxInHandshake);
    }
    qWarning().noquote() << "open-file limit" << files << "is below the" << kReserved + connections
                         << "the listeners are made for: connection limits scaled to" << share << "(raise LimitNOFILE)";
}

/** The location's options (and the serve options) every command reads from --config FILE. */
const QStringList kLocationKeys { u"central-dir"_s, u"central-key"_s, u"postgres"_s, u"postgres-password-file"_s };

/**
 * Parses `args`, with --config FILE's options put before the command line's, into parser and location; an exit
 * code for a usage error. With --config (the packaged server) the central key must not lie inside DIR.
 */
std::optional<int> parse(
    QCommandLineParser &parser, sync::CentralLocation &location, const QStringList &args, const QStringList &keys)
{
    auto expanded = sync::CentralConfig::expand(args, keys);
    if (!expanded) {
        return fail(expanded.error().message, 2);
    }
    if (!parser.parse(expanded.value())) {
        return fail(parser.errorText(), 2);
    }
    if (auto problem = location.read(parser)) {
        return fail(*problem, 2);
    }
    if (auto inside = location.keyInsideDirProblem(); inside && expanded.value() != args) {
        return fail(*inside, 2);
    }
    return std::nullopt;
}

int init(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption hostOption(u"host"_s, u"name or IP address tablets use"_s, u"HOST"_s);
    parser.addOption(hostOption);
    if (auto code = parse(parser, location, args, kLocationKeys)) {
        return *code;
    }
    QStringList hosts = parser.values(hostOption);
    if (hosts.isEmpty()) {
        hosts = { u"localhost"_s, u"127.0.0.1"_s };
    }
    core::SystemClock clock;
    auto store = location.open(clock, true);
    if (!store) {
        return fail(store.error().message);
    }
    if (auto created = sync::SiteCredentials::create(location.dir(), location.keys(), hosts); !created) {
        return fail(created.error().message);
    }
    auto credentials = sync::SiteCredentials::load(location.dir(), location.keys());
    if (!credentials) {
        return fail(credentials.error().message);
    }
    QTextStream(stdout) << "ca-sha256 " << sync::tls::fingerprint(credentials.value().caCertificatePem()) << '\n';
    return 0;
}

int serve(const QStringList &args)
{
    QElapsedTimer started;
    started.start();
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption listenOption(u"listen"_s, u"sync address"_s, u"HOST:PORT"_s, u"127.0.0.1:8443"_s);
    const QCommandLineOption enrolOption(
        u"enrol-listen"_s, u"enrolment address"_s, u"HOST:PORT"_s, u"127.0.0.1:8444"_s);
    const QCommandLineOption healthOption(
        u"health-listen"_s, u"loopback address of /healthz and /metrics (plain HTTP)"_s, u"HOST:PORT"_s);
    const QCommandLineOption stopOption(
        u"stop-timeout"_s, u"seconds to finish the requests in hand on SIGTERM"_s, u"SECONDS"_s, u"30"_s);
    parser.addOptions({ listenOption, enrolOption, healthOption, stopOption });
    if (auto code = parse(parser, location, args, sync::CentralConfig::keys())) {
        return *code;
    }
    const auto syncAddress = sync::CentralConfig::hostPort(parser.value(listenOption));
    const auto enrolAddress = sync::CentralConfig::hostPort(parser.value(enrolOption));
    if (!syncAddress || !enrolAddress) {
        return fail(u"--listen and --enrol-listen take HOST:PORT with an IP address"_s, 2);
    }
    const auto healthAddress = sync::CentralConfig::hostPort(parser.value(healthOption));
    if (parser.isSet(healthOption) && (!healthAddress || !healthAddress->first.isLoopback())) {
        return fail(u"--health-listen takes HOST:PORT with a loopback address (127.0.0.0/8 or ::1)"_s, 2);
    }
    bool timeoutOk = false;
    const int stopSeconds = parser.value(stopOption).toInt(&timeoutOk);
    if (!timeoutOk || stopSeconds < 1 || stopSeconds > 3600) {
        return fail(u"--stop-timeout takes whole seconds from 1 to 3600"_s, 2);
    }
    core::SystemClock clock;
    auto store = location.open(clock, false);
    if (!store) {
        return fail(store.error().message);
    }
    auto credentials = sync::SiteCredentials::load(location.dir(), location.keys());
    if (!credentials) {
        return fail(credentials.error().message);
    }
    auto syncLimits = sync::CentralHttpServer::defaultLimits(sync::CentralHttpServer::Role::Sync);
    auto enrolLimits = sync::CentralHttpServer::defaultLimits(sync::CentralHttpServer::Role::Enrolment);
    fitToFileLimit({ &syncLimits, &enrolLimits });
    sync::CentralMetrics metrics;
    sync::CentralHttpServer syncServer(
        sync::CentralHttpServer::Role::Sync, *store.value(), credentials.value(), syncLimits);
    sync::CentralHttpServer enrolServer(
        sync::CentralHttpServer::Role::Enrolment, *store.value(), credentials.value(), enrolLimits);
    syncServer.setMetrics(&metrics);
    enrolServer.setMetrics(&metrics);
    sync::HealthServer healthServer(*store.value(), metrics);
    const quint16 syncPort = syncServer.listen(syncAddress->first, syncAddress->second);
    const quint16 enrolPort = enrolServer.listen(enrolAddress->first, enrolAddress->second);
    if (syncPort == 0 || enrolPort == 0) {
        return fail(u"cannot listen on %1 / %2"_s.arg(parser.value(listenOption), parser.value(enrolOption)));
    }
    const quint16 healthPort = healthAddress ? healthServer.listen(healthAddress->first, healthAddress->second) : 0;
    if (healthAddress && healthPort == 0) {
        return fail(u"cannot listen on %1"_s.arg(parser.value(healthOption)));
    }
    const auto url = [](const char *scheme, const QHostAddress &address, quint16 port) {
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString())
                                                                                 : address.toString();
        return u"%1://%2:%3"_s.arg(QLatin1StringView(scheme), host).arg(port);
    };
    // Day notes are deleted 90 days after writing: at start and once a day (and before every download).
    const auto purge = [&service = *store.value()] {
        if (auto purged = service.purgeExpiredDayNotes(); !purged) {
            qWarning().noquote() << "day-note purge failed:" << purged.error().message;
        }
    };
    purge();
    QTimer daily;
    QObject::connect(&daily, &QTimer::timeout, &daily, purge);
    daily.start(std::chrono::hours(24));
    sync::GracefulStop stop { std::chrono::seconds(stopSeconds) };
    stop.addListener(syncServer.listener());
    stop.addListener(enrolServer.listener());
    if (healthAddress) {
        stop.addPlainListener(healthServer.listener());
    }
    QObject::connect(&stop, &sync::GracefulStop::finished, &stop, [] {
        QCoreApplication::exit(0); // a request cut short was never applied: the stop itself succeeded
    });
    QTextStream out(stdout);
    out << "listening sync " << url("https", syncAddress->first, syncPort) << '\n'
        << "listening enrolment " << url("https", enrolAddress->first, enrolPort) << '\n';
    if (healthAddress) {
        out << "listening health " << url("http", healthAddress->first, healthPort) << '\n';
    }
    out.flush();
    sync::ServiceNotifier::ready(
        u"serving sync on %1, enrolment on %2 (ready %3 ms after start)"_s
            .arg(url("https", syncAddress->first, syncPort), url("https", enrolAddress->first, enrolPort))
            .arg(started.elapsed()));
    return QCoreApplication::exec();
}

int rotateBodyKey(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    if (auto code = parse(parser, location, args, kLocationKeys)) {
        return *code;
    }
    if (!location.postgres()) {
        return fail(u"body keys seal PostgreSQL rows: give --postgres (the embedded store is encrypted whole)"_s, 2);
    }
    core::SystemClock clock;
    if (auto store = location.open(clock, false); !store) { // the store exists, its schema is current
        return fail(store.error().message);
    }
    auto keys = sync::BodyKeys::open(location.dir(), location.keys());
    if (!keys) {
        return fail(keys.error().message);
    }
    auto rotated = keys.value()->rotate();
    if (!rotated) {
        return fail(rotated.error().message);
    }
    QTextStream(stdout) << "body key " << rotated.value() << '\n';
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"akten-central"_s);
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(u"*.debug=false"_s);
    }
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == "--help"_L1 || args.at(1) == "-h"_L1) {
        QTextStream(stdout) << usage << '\n';
        return args.size() < 2 ? 2 : 0;
    }
    const QString command = args.takeAt(1);
    if (command == "init"_L1) {
        return init(args);
    }
    if (command == "serve"_L1) {
        return serve(args);
    }
    if (command == "rotate-body-key"_L1) {
        return rotateBodyKey(args);
    }
    return fail(u"unknown command '%1' (try akten-central --help)"_s.arg(command), 2);
}
