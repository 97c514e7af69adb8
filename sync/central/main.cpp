// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// akten-central: the central store's server. Contract (README "akten-central"): English errors on stderr, exit codes
// 0 ok / 1 failed / 2 usage; `serve` prints one "listening <role> https://HOST:PORT" line per listener on stdout and
// runs until killed (each request is one transaction: a request cut short by SIGTERM or SIGKILL leaves nothing).
#include "core/clock.h"
#include "platform/keys/filekeyprovider.h"
#include "sync/server/centralhttpserver.h"
#include "sync/server/centrallocation.h"
#include "sync/server/centralservice.h"
#include "sync/server/filelimit.h"
#include "sync/server/pg/bodykeys.h"
#include "sync/server/sitecredentials.h"
#include "sync/tls/certificates.h"

#include <QCoreApplication>
#include <QDebug>
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
        serve sync (mutual TLS, default 127.0.0.1:8443) and enrolment (TLS, default 127.0.0.1:8444); port 0 picks one
  rotate-body-key --central-dir DIR --postgres CONNINFO [--central-key FILE]
        add the next key that seals record bodies in PostgreSQL (servers use it once restarted; old rows still open)
exit codes: 0 ok, 1 failed, 2 usage error)";

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "akten-central: " << message << '\n';
    return code;
}

std::optional<std::pair<QHostAddress, quint16>> hostPort(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? text.mid(colon + 1).toUInt(&ok) : 0;
    const QHostAddress address(text.left(colon).remove(u'[').remove(u']'));
    if (!ok || port > 65535 || address.isNull()) {
        return std::nullopt;
    }
    return std::pair { address, quint16(port) };
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

int init(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption hostOption(u"host"_s, u"name or IP address tablets use"_s, u"HOST"_s);
    parser.addOption(hostOption);
    if (!parser.parse(args)) {
        return fail(parser.errorText(), 2);
    }
    if (auto problem = location.read(parser)) {
        return fail(*problem, 2);
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
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    const QCommandLineOption listenOption(u"listen"_s, u"sync address"_s, u"HOST:PORT"_s, u"127.0.0.1:8443"_s);
    const QCommandLineOption enrolOption(
        u"enrol-listen"_s, u"enrolment address"_s, u"HOST:PORT"_s, u"127.0.0.1:8444"_s);
    parser.addOption(listenOption);
    parser.addOption(enrolOption);
    if (!parser.parse(args)) {
        return fail(parser.errorText(), 2);
    }
    if (auto problem = location.read(parser)) {
        return fail(*problem, 2);
    }
    const auto syncAddress = hostPort(parser.value(listenOption));
    const auto enrolAddress = hostPort(parser.value(enrolOption));
    if (!syncAddress || !enrolAddress) {
        return fail(u"--listen and --enrol-listen take HOST:PORT with an IP address"_s, 2);
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
    sync::CentralHttpServer syncServer(
        sync::CentralHttpServer::Role::Sync, *store.value(), credentials.value(), syncLimits);
    sync::CentralHttpServer enrolServer(
        sync::CentralHttpServer::Role::Enrolment, *store.value(), credentials.value(), enrolLimits);
    const quint16 syncPort = syncServer.listen(syncAddress->first, syncAddress->second);
    const quint16 enrolPort = enrolServer.listen(enrolAddress->first, enrolAddress->second);
    if (syncPort == 0 || enrolPort == 0) {
        return fail(u"cannot listen on %1 / %2"_s.arg(parser.value(listenOption), parser.value(enrolOption)));
    }
    const auto url = [](const QHostAddress &address, quint16 port) {
        const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(address.toString())
                                                                                 : address.toString();
        return u"https://%1:%2"_s.arg(host).arg(port);
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
    QTextStream out(stdout);
    out << "listening sync " << url(syncAddress->first, syncPort) << '\n'
        << "listening enrolment " << url(enrolAddress->first, enrolPort) << '\n';
    out.flush();
    return QCoreApplication::exec();
}

int rotateBodyKey(const QStringList &args)
{
    QCommandLineParser parser;
    sync::CentralLocation location(parser, platform::FileKeyProvider::at);
    if (!parser.parse(args)) {
        return fail(parser.errorText(), 2);
    }
    if (auto problem = location.read(parser)) {
        return fail(*problem, 2);
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
