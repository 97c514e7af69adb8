// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// CentralService's download half: the log after a device's cursor in its units, served as stored (the bodies are
// the compact JSON the upload was kept as; encode() writes them into the answer as they are), the master snapshot
// of its units when the device's differs, and with the last batch the peers and the integrity notices.
#include "sync/server/centralservice.h"

#include "sync/protocol/jsontext.h"
#include "sync/server/auditintake.h"

#include <QCryptographicHash>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace akten::sync {

Result<std::optional<MasterSnapshot>> CentralService::masterUpdate(
    const QList<QString> &units, const QString &deviceHash)
{
    auto bodies = m_ledger->masterFor(units);
    if (!bodies) {
        return bodies.error();
    }
    // Reading the stored bodies is cheap; parsing and writing them again to hash them is not, so that is done once
    // for as long as they stay the same (every batch of a download asks).
    QCryptographicHash digest(QCryptographicHash::Sha256);
    for (const QString &body : bodies.value()) {
        const qint64 size = body.size();
        digest.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        digest.addData(QByteArrayView(reinterpret_cast<const char *>(body.constData()), size * qint64(sizeof(QChar))));
    }
    const QByteArray storedDigest = digest.result();
    if (!m_master || m_master->units != units || m_master->storedDigest != storedDigest) {
        MasterSnapshot snapshot;
        for (const QString &body : bodies.value()) {
            snapshot.records.append(QJsonDocument::fromJson(body.toUtf8()).object());
        }
        snapshot.hash = masterHash(snapshot.records);
        m_master = MasterCache { units, storedDigest, std::move(snapshot) };
    }
    const MasterSnapshot &snapshot = m_master->snapshot;
    if (snapshot.records.isEmpty()) {
        return std::optional<MasterSnapshot> {};
    }
    if (snapshot.records.size() > kMaxMasterRecords) {
        return Error { ErrorCode::Integrity,
            u"master data of the device's units exceeds %1 records"_s.arg(kMaxMasterRecords) };
    }
    return snapshot.hash == deviceHash ? std::optional<MasterSnapshot> {} : std::optional(snapshot);
}

Result<DownloadResponse> CentralService::download(const DownloadRequest &request)
{
    auto response = downloadStored(request);
    if (!response) {
        return response;
    }
    for (DownloadItem &item : response.value().items) {
        QJsonParseError error;
        item.record = QJsonDocument::fromJson(item.storedJson, &error).object();
        if (error.error != QJsonParseError::NoError) { // isJsonObjectText let it through: refuse it all the same
            return Error { ErrorCode::Integrity,
                u"the record at position %1 of the log is not stored as one JSON object"_s.arg(item.position) };
        }
        item.storedJson.clear();
    }
    return response;
}

Result<DownloadResponse> CentralService::downloadStored(const DownloadRequest &request)
{
    // A day note past its 90 days is gone here before any device could download it again.
    if (auto purged = purgeExpiredDayNotes(); !purged) {
        return purged.error();
    }
    LedgerTransaction tx(*m_ledger); // one snapshot for the device check and the read
    if (auto started = tx.start(); !started) {
        return started.error();
    }
    const auto units = deviceUnits(request.deviceId);
    if (!units) {
        return units.error();
    }
    DownloadResponse response { {}, request.cursor, false, {}, {}, {} };
    if (units.value().isEmpty()) {
        return response;
    }
    // Master data goes first and alone (it may be large): the device applies it, then asks again for the records,
    // which may be about a resident or staff member that just arrived.
    auto master = masterUpdate(units.value(), request.masterHash);
    if (!master) {
        return master.error();
    }
    if (master.value()) {
        response.master = std::move(*master.value());
        response.more = true;
        return response;
    }
    // Read before the log: every upload these times stand for has committed, so its records are in the read below
    // (PostgreSQL reads each statement at its own snapshot). Sent only with the last batch, when the device has it all.
    auto peers = m_ledger->peers(request.deviceId, units.value());
    if (!peers) {
        return peers.error();
    }
    const qint64 serverNowMs = m_clock.nowMs(); // after the read: the ages the device works out are never too young
    // Audit events go up to the centre (log control, chain verification) but not down to other devices.
    auto entries = m_ledger->logAfter(request.cursor, units.value(), request.limit + 1); // one more: is there more?
    if (!entries) {
        return entries.error();
    }
    response.items.reserve(std::min<qsizetype>(entries.value().size(), request.limit));
    for (CentralLedger::LogEntry &entry : entries.value()) {
        if (response.items.size() == request.limit) {
            response.more = true;
            break;
        }
        // Written into the answer as it is: it must be one JSON object, or it could change the answer's structure.
        if (!isJsonObjectText(entry.body)) {
            return Error { ErrorCode::Integrity,
                u"the record at position %1 of the log is not stored as one JSON object"_s.arg(entry.position) };
        }
        response.items.append({ entry.position, {}, std::move(entry.body) });
    }
    if (!response.items.isEmpty()) {
        response.nextCursor = response.items.constLast().position;
    }
    if (!response.more) {
        response.peers = Peers { serverNowMs, std::move(peers).value() };
        auto integrity = integrityOf(units.value());
        if (!integrity) {
            return integrity.error();
        }
        response.integrity = std::move(integrity).value();
    }
    return response;
}

Result<QList<DeviceIntegrity>> CentralService::integrityOf(const QList<QString> &unitIds)
{
    auto devices = m_ledger->unitAlarms(unitIds);
    if (!devices) {
        return devices.error();
    }
    // The tablets are told categories and times, never the reasons (they name seqs and may grow); a device with many
    // alarms sends its newest.
    QList<DeviceIntegrity> integrity;
    for (const CentralLedger::DeviceAlarms &device : devices.value()) {
        DeviceIntegrity one { device.deviceId, device.unitIds, device.flagged, {} };
        for (const TamperAlarm &alarm :
            device.alarms.mid(std::max<qsizetype>(0, device.alarms.size() - kMaxAlarmsPerDevice))) {
            one.alarms.append({ alarm.deviceSeq, alarmCategory(alarm.reason), alarm.raisedMs, alarm.decision,
                alarm.decision.isEmpty() ? 0 : alarm.decidedMs });
        }
        integrity.append(one);
    }
    return integrity;
}

} // namespace akten::sync
