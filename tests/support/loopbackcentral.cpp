// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/support/loopbackcentral.h"

#include "app/store/devicestore.h"
#include "sync/client/enrolment.h"
#include "sync/importer/syncrows.h"
#include "sync/server/masterimport.h"
#include "sync/server/sqliteledger.h"
#include "sync/tls/certificates.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace akten::test {

LoopbackCentral::LoopbackCentral(const core::Clock &clock)
    : m_clock(clock)
{ }

LoopbackCentral::~LoopbackCentral() = default;

Status LoopbackCentral::create(const QString &dir, store::DeviceStore &masterFrom)
{
    if (!QDir().mkpath(dir)) {
        return Error { ErrorCode::Io, u"cannot create %1"_s.arg(dir) };
    }
    if (auto created = sync::SiteCredentials::create(dir, m_keys, { u"127.0.0.1"_s }); !created) {
        return created;
    }
    auto site = sync::SiteCredentials::load(dir, m_keys);
    if (!site) {
        return site.error();
    }
    m_site.emplace(std::move(site).value());
    auto ledger = sync::SqliteLedger::open(dir, m_keys);
    if (!ledger) {
        return ledger.error();
    }
    m_service = std::make_unique<sync::CentralService>(std::move(ledger).value(), m_clock);
    const auto exported = sync::SyncRows(masterFrom.db()).exportMaster();
    if (!exported) {
        return exported.error();
    }
    QJsonArray records;
    for (const auto &record : exported.value()) {
        records.append(record);
    }
    const auto imported = sync::parseMasterImport(
        QJsonDocument(QJsonObject { { u"protocol"_s, 1 }, { u"records"_s, records } }).toJson());
    if (!imported) {
        return imported.error();
    }
    return m_service->importMaster(imported.value());
}

bool LoopbackCentral::startSync()
{
    m_server = std::make_unique<sync::CentralHttpServer>(sync::CentralHttpServer::Role::Sync, *m_service, *m_site);
    const quint16 port = m_server->listen(QHostAddress::LocalHost, 0);
    m_url = QUrl(u"https://127.0.0.1:%1"_s.arg(port));
    return port != 0;
}

void LoopbackCentral::stopSync()
{
    m_server.reset();
}

Status LoopbackCentral::enrol(
    const QString &dataDir, const QString &deviceId, store::KeyProvider &keys, const QList<core::Id> &units)
{
    const auto code = m_service->createEnrolmentCode(units, 60'000);
    if (!code) {
        return code.error();
    }
    sync::CentralHttpServer server(sync::CentralHttpServer::Role::Enrolment, *m_service, *m_site);
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    if (port == 0) {
        return Error { ErrorCode::Io, u"the enrolment listener cannot listen"_s };
    }
    sync::Enrolment enrolment(dataDir, deviceId, keys);
    std::optional<Status> result;
    QObject::connect(
        &enrolment, &sync::Enrolment::finished, &enrolment, [&](const Status &status) { result = status; });
    enrolment.start(
        QUrl(u"https://127.0.0.1:%1"_s.arg(port)), code.value(), sync::tls::fingerprint(m_site->caCertificatePem()));
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 15'000)) {
        return Error { ErrorCode::Io, u"no answer to the enrolment within 15 s"_s };
    }
    return *result;
}

} // namespace akten::test
