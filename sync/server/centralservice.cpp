// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/centralservice.h"

#include "app/core/caretime.h"
#include "app/core/daynotes.h"
#include "app/records/recordkinds.h"
#include "sync/server/auditintake.h"
#include "sync/server/masterimport.h"
#include "sync/server/uploadbatch.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

Q_LOGGING_CATEGORY(lcPurge, "akten.central.purge")
Q_LOGGING_CATEGORY(lcAlarm, "akten.central.alarm")

QStringList idStrings(const QList<core::Id> &ids)
{
    QStringList strings;
    for (const core::Id &id : ids) {
        strings << core::idToString(id);
    }
    strings.sort();
    return strings;
}

/** Upper case without separators, so "abcd-efgh…" and "ABCDEFGH…" are the same code; hashed for storage. */
QString enrolmentCodeHash(const QString &code)
{
    QString normalised;
    for (const QChar c : code) {
        if (c.isLetterOrNumber()) {
            normalised += c.toUpper();
        }
    }
    return QString::fromLatin1(QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

CentralService::CentralService(std::unique_ptr<CentralLedger> ledger, const core::Clock &clock)
    : m_ledger(std::move(ledger))
    , m_clock(clock)
{ }

Status CentralService::setRights(const RightsSnapshot &rights)
{
    LedgerTransaction tx(*m_ledger);
    if (auto started = tx.start(); !started) {
        return started;
    }
    if (auto replaced = m_ledger->replaceRights(rights); !replaced) {
        return replaced;
    }
    return tx.commit();
}

Status CentralService::enrolDevice(const QString &deviceId, const QList<core::Id> &unitIds)
{
    if (core::idFromString(deviceId).isNull()) {
        return Error { ErrorCode::InvalidInput, u"malformed device id"_s };
    }
    LedgerTransaction tx(*m_ledger);
    if (auto started = tx.start(); !started) {
        return started;
    }
    if (auto set = m_ledger->setDeviceUnits(deviceId, idStrings(unitIds)); !set) {
        return set;
    }
    return tx.commit();
}

Result<QString> CentralService::createEnrolmentCode(const QList<core::Id> &unitIds, qint64 validMs)
{
    if (unitIds.isEmpty() || validMs <= 0) {
        return Error { ErrorCode::InvalidInput, u"an enrolment code needs at least one unit and a validity"_s };
    }
    // 32 symbols without look-alikes (no I, O, 0, 1): 16 symbols are 80 bits.
    static constexpr char kAlphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 16; ++i) {
        if (i > 0 && i % 4 == 0) {
            code += u'-';
        }
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    }
    LedgerTransaction tx(*m_ledger);
    if (auto started = tx.start(); !started) {
        return started.error();
    }
    if (auto added = m_ledger->addEnrolmentCode(enrolmentCodeHash(code), idStrings(unitIds), m_clock.nowMs() + validMs);
        !added) {
        return added.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return code;
}

Status CentralService::redeemEnrolmentCode(const QString &code, const QString &deviceId)
{
    if (core::idFromString(deviceId).isNull()) {
        return Error { ErrorCode::InvalidInput, u"malformed device id"_s };
    }
    LedgerTransaction tx(*m_ledger);
    if (auto started = tx.start(); !started) {
        return started;
    }
    auto existing = m_ledger->device(deviceId);
    if (!existing) {
        return existing.error();
    }
    if (existing.value().known) {
        return Error { ErrorCode::Forbidden, u"the device is already enrolled or revoked"_s };
    }
    auto units = m_ledger->redeemEnrolmentCode(enrolmentCodeHash(code), deviceId, m_clock.nowMs());
    if (!units) {
        return units.error();
    }
    if (!units.value()) {
        return Error { ErrorCode::Forbidden, u"unknown, used or expired enrolment code"_s };
    }
    if (auto set = m_ledger->setDeviceUnits(deviceId, *units.value()); !set) {
        return set;
    }
    return tx.commit();
}

Status CentralService::revokeDevice(const QString &deviceId)
{
    LedgerTransaction tx(*m_ledger);
    if (auto started = tx.start(); !started) {
        return started;
    }
    auto revoked = m_ledger->markRevoked(deviceId);
    if (!revoked) {
        return revoked.error();
    }
    if (!revoked.value()) {
        return Error { ErrorCode::NotFound, u"no such device"_s };
    }
    return tx.commit();
}

Result<QList<QString>> CentralService::deviceUnits(const QString &deviceId)
{
    auto device = m_ledger->device(deviceId);
    if (!device) {
        return device.error();
    }
    if (!device.value().known) {
        return Error { ErrorCode::Forbidden, u"device unknown"_s };
    }
    if (device.value().revoked) {
        return Error { ErrorCode::Forbidden, QString::fromLatin1(kDeviceRevoked) };
    }
    return device.value().unitIds;
}

Result<records::RecordCheck *> CentralService::recordCheck()
{
    if (!m_check) {
        auto created = records::RecordCheck::create();
        if (!created) {
            return created.error();
        }
        m_check = std::move(created).value();
    }
    return m_check.get();
}

Result<UploadResponse> CentralService::applyUpload(const UploadRequest &request)
{
    LedgerTransaction tx(*m_ledger);
    if (auto started = tx.start(); !started) {
        return started.error();
    }
    const auto units = deviceUnits(request.deviceId);
    if (!units) {
        return units.error();
    }
    auto progress = m_ledger->lockProgress(request.deviceId);
    if (!progress) {
        return progress.error();
    }
    // Read under the device's lock: an alarm raised by an upload that another server process just committed counts.
    auto alarms = m_ledger->alarms(request.deviceId, true);
    if (!alarms) {
        return alarms.error();
    }
    if (!alarms.value().isEmpty()) {
        return Error { ErrorCode::Forbidden, QString::fromLatin1(kUploadsHeld) };
    }
    if (!request.items.isEmpty() && request.items.constFirst().deviceSeq > progress.value() + 1) {
        return Error { ErrorCode::InvalidInput, u"upload gap: expected seq %1"_s.arg(progress.value() + 1) };
    }
    auto check = recordCheck();
    if (!check) {
        return check.error();
    }
    auto response = UploadBatch(*m_ledger, *check.value(), m_clock, request.deviceId, units.value())
                        .apply(request, progress.value());
    if (!response) {
        return response.error();
    }
    if (auto saved = m_ledger->saveProgress(request.deviceId, response.value().ackedThrough); !saved) {
        return saved.error();
    }
    if (request.complete) { // committed with the batch: what the time claims is stored by then
        if (auto noted = m_ledger->markCaughtUp(request.deviceId, m_clock.nowMs()); !noted) {
            return noted.error();
        }
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return response;
}

Status CentralService::importMaster(const MasterData &master)
{
    LedgerTransaction tx(*m_ledger);
    if (auto started = tx.start(); !started) {
        return started;
    }
    if (auto replaced = m_ledger->replaceRights(master.rights); !replaced) {
        return replaced;
    }
    auto held = m_ledger->masterRecords();
    if (!held) {
        return held.error();
    }
    const QList<QList<QString>> scopes = masterScopes(master.records);
    QSet<QString> imported;
    for (qsizetype i = 0; i < master.records.size(); ++i) {
        const QJsonObject &record = master.records.at(i);
        const QString kind = record.value("kind"_L1).toString();
        const QString key = record.value("key"_L1).toString();
        const CentralLedger::MasterEntry entry { kind, key, records::recordKindRank(kind), compactJson(record),
            scopes.at(i) };
        if (auto stored = m_ledger->putMaster(entry); !stored) {
            return stored;
        }
        imported.insert(kind + u' ' + key);
    }
    for (CentralLedger::MasterEntry entry : held.value()) {
        const records::RecordKind *kind = records::recordKind(entry.kind);
        if (imported.contains(entry.kind + u' ' + entry.key) || !kind || kind->inForceColumn.isEmpty()) {
            continue; // still imported, or kept as it was (a resident who moved keeps their history)
        }
        QJsonObject record = QJsonDocument::fromJson(entry.body.toUtf8()).object();
        QJsonObject row = record.value("row"_L1).toObject();
        row.insert(kind->inForceColumn, 0);
        record.insert(u"row"_s, row);
        entry.body = compactJson(record);
        if (auto stored = m_ledger->putMaster(entry); !stored) { // same units: their tablets learn it ended
            return stored;
        }
    }
    return tx.commit();
}

Result<int> CentralService::purgeExpiredDayNotes()
{
    const qint64 cutoff = core::dayNotePurgeCutoffMs(m_clock.nowMs());
    LedgerTransaction tx(*m_ledger);
    if (auto started = tx.start(); !started) {
        return started.error();
    }
    auto purged = m_ledger->purgeDayNotes(cutoff);
    if (!purged) {
        return purged.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    for (const CentralLedger::PurgedNote &note : purged.value()) {
        qCInfo(lcPurge).noquote() << u"day note purged: %1 unit %2 device %3 written %4"_s.arg(
            note.key, note.unitId, note.deviceId, core::careDate(note.writtenMs).toString(Qt::ISODate));
    }
    return int(purged.value().size());
}

Status CentralService::checkHealth()
{
    return m_ledger->checkHealth();
}

Result<QList<ItemResult>> CentralService::rejectedFor(const QString &deviceId)
{
    return m_ledger->rejectedFor(deviceId);
}

Result<QList<ItemResult>> CentralService::flaggedAuditFor(const QString &deviceId)
{
    return m_ledger->flaggedAuditFor(deviceId);
}

Result<QList<TamperAlarm>> CentralService::alarmsFor(const QString &deviceId)
{
    return m_ledger->alarms(deviceId, false);
}

Result<int> CentralService::decideAlarms(const QString &deviceId, AlarmDecision decision)
{
    LedgerTransaction tx(*m_ledger);
    if (auto started = tx.start(); !started) {
        return started.error();
    }
    const bool revoke = decision == AlarmDecision::Revoke;
    auto decided = m_ledger->decideAlarms(deviceId, revoke ? u"revoke"_s : u"release"_s, m_clock.nowMs());
    if (!decided) {
        return decided.error();
    }
    if (decided.value() == 0) {
        return Error { ErrorCode::NotFound, u"the device has no open tamper alarm"_s };
    }
    if (revoke) {
        if (auto revoked = m_ledger->markRevoked(deviceId); !revoked) {
            return revoked.error();
        }
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    qCWarning(lcAlarm).noquote() << u"tamper alarm decided for device %1: %2 (%3 alarms)"_s
                                        .arg(deviceId, revoke ? u"revoke"_s : u"release"_s)
                                        .arg(decided.value());
    return decided.value();
}

} // namespace akten::sync
