// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/centralservice.h"

#include "store/recordkinds.h"
#include "sync/server/masterimport.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString kZeroHash = QString::fromLatin1(QByteArray(32, '\0').toBase64());

/** RAII over a ledger transaction: rolled back unless committed. */
class LedgerTransaction
{
public:
    explicit LedgerTransaction(CentralLedger &ledger)
        : m_ledger(ledger)
    { }
    ~LedgerTransaction()
    {
        if (m_open) {
            m_ledger.rollback();
        }
    }
    LedgerTransaction(const LedgerTransaction &) = delete;
    LedgerTransaction &operator=(const LedgerTransaction &) = delete;

    [[nodiscard]] Status start()
    {
        auto started = m_ledger.begin();
        m_open = started.ok();
        return started;
    }
    [[nodiscard]] Status commit()
    {
        auto committed = m_ledger.commit();
        m_open = !committed.ok();
        return committed;
    }

private:
    CentralLedger &m_ledger;
    bool m_open = false;
};

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

Result<QString> CentralService::auditChainBreak(const QString &deviceId, const QJsonObject &row)
{
    auto head = m_ledger->auditHead(deviceId);
    if (!head) {
        return head.error();
    }
    const qint64 next = head.value().seq + 1;
    const QString previous = head.value().hashB64.isEmpty() ? kZeroHash : head.value().hashB64;
    if (qint64(row.value("seq"_L1).toDouble()) != next) {
        return u"audit chain gap (expected seq %1)"_s.arg(next);
    }
    if (row.value("prev_hash"_L1).toObject().value("b64"_L1).toString() != previous) {
        return u"audit chain fork or rollback at seq %1"_s.arg(next);
    }
    return QString();
}

Result<CentralService::Verdict> CentralService::judge(
    const QString &deviceId, const QList<QString> &deviceUnits, const QJsonObject &record)
{
    const store::RecordKind *kind = store::recordKind(record.value("kind"_L1).toString());
    const QJsonObject row = record.value("row"_L1).toObject();
    if (!kind) {
        return Verdict { {}, u"unknown record kind"_s };
    }
    if (kind->merge == store::MergeClass::Master) {
        return Verdict { {}, u"master data is managed by the central store"_s };
    }
    if (row.value("device_id"_L1).toString() != deviceId) {
        return Verdict { {}, u"the record names another device"_s };
    }
    QStringList keyValues;
    for (const QString &column : kind->keyColumns) {
        const QJsonValue value = row.value(column);
        keyValues << (value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString());
    }
    if (keyValues.join(u':') != record.value("key"_L1).toString()) {
        return Verdict { {}, u"the key does not match the record"_s };
    }
    QString unit = row.value("unit_id"_L1).toString();
    if (row.contains("resident_id"_L1) && !row.value("resident_id"_L1).isNull()) {
        auto home = m_ledger->residentUnit(row.value("resident_id"_L1).toString());
        if (!home) {
            return home.error();
        }
        if (!home.value()) {
            return Verdict { {}, u"unknown resident"_s };
        }
        unit = *home.value();
    }
    if (unit.isEmpty() && !deviceUnits.isEmpty()) {
        unit = deviceUnits.constFirst(); // a device-level event (login, lock) belongs to the device's unit
    }
    if (!deviceUnits.contains(unit)) {
        return Verdict { unit, u"the device is not enrolled for this unit"_s };
    }
    const QString author = row.value("author_id"_L1).toString();
    const bool audit = kind->merge == store::MergeClass::Audit;
    if (!(audit && author.isEmpty())) { // system audit events (badge locked, start-up) have no author
        auto allowed = m_ledger->isActiveStaffOf(author, unit);
        if (!allowed) {
            return allowed.error();
        }
        if (!allowed.value()) {
            return Verdict { unit, u"the author is not active staff of the unit now"_s };
        }
    }
    if (audit) {
        auto broken = auditChainBreak(deviceId, row);
        if (!broken) {
            return broken.error();
        }
        return Verdict { unit, broken.value() };
    }
    return Verdict { unit, {} };
}

Result<ItemResult> CentralService::earlier(const QString &deviceId, const UploadItem &item)
{
    const QString body = compact(item.record);
    for (const auto shelf : { CentralLedger::Shelf::Records, CentralLedger::Shelf::Rejected }) {
        auto stored = m_ledger->storedBody(shelf, deviceId, item.deviceSeq);
        if (!stored) {
            return stored.error();
        }
        if (!stored.value()) {
            continue;
        }
        if (*stored.value() != body) {
            return ItemResult { item.deviceSeq, ItemStatus::Rejected, u"another record was sent under this seq"_s };
        }
        if (shelf == CentralLedger::Shelf::Rejected) {
            return ItemResult { item.deviceSeq, ItemStatus::Rejected, u"refused before"_s };
        }
        return ItemResult { item.deviceSeq, ItemStatus::Duplicate, {} };
    }
    return Error { ErrorCode::Integrity, u"acknowledged seq %1 is not stored"_s.arg(item.deviceSeq) };
}

Result<ItemResult> CentralService::store(const QString &deviceId, const QList<QString> &units, const UploadItem &item)
{
    const auto verdict = judge(deviceId, units, item.record);
    if (!verdict) {
        return verdict.error();
    }
    const CentralLedger::Stored stored { verdict.value().unitId, item.record.value("kind"_L1).toString(),
        item.record.value("key"_L1).toString(), deviceId, item.deviceSeq, compact(item.record), m_clock.nowMs() };
    QString reason = verdict.value().rejection;
    if (reason.isEmpty()) {
        auto appended = m_ledger->append(stored);
        if (!appended) {
            return appended.error();
        }
        if (!appended.value()) {
            reason = u"another record with the same key is stored"_s;
        } else if (stored.kind == "audit_event"_L1) {
            const QJsonObject row = item.record.value("row"_L1).toObject();
            const CentralLedger::AuditHead head { qint64(row.value("seq"_L1).toDouble()),
                row.value("hash"_L1).toObject().value("b64"_L1).toString() };
            if (auto advanced = m_ledger->setAuditHead(deviceId, head); !advanced) {
                return advanced.error();
            }
        }
    }
    if (!reason.isEmpty()) {
        if (auto kept = m_ledger->keepRejected(stored, reason); !kept) {
            return kept.error();
        }
        return ItemResult { item.deviceSeq, ItemStatus::Rejected, reason };
    }
    return ItemResult { item.deviceSeq, ItemStatus::Accepted, {} };
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
    qint64 acked = progress.value();
    if (!request.items.isEmpty() && request.items.constFirst().deviceSeq > acked + 1) {
        return Error { ErrorCode::InvalidInput, u"upload gap: expected seq %1"_s.arg(acked + 1) };
    }
    UploadResponse response;
    for (const UploadItem &item : request.items) {
        auto result
            = item.deviceSeq <= acked ? earlier(request.deviceId, item) : store(request.deviceId, units.value(), item);
        if (!result) {
            return result.error();
        }
        response.results.append(result.value());
        acked = std::max(acked, item.deviceSeq);
    }
    if (auto saved = m_ledger->saveProgress(request.deviceId, acked); !saved) {
        return saved.error();
    }
    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    response.ackedThrough = acked;
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
        const CentralLedger::MasterEntry entry { kind, key, store::recordKindRank(kind), compact(record),
            scopes.at(i) };
        if (auto stored = m_ledger->putMaster(entry); !stored) {
            return stored;
        }
        imported.insert(kind + u' ' + key);
    }
    for (CentralLedger::MasterEntry entry : held.value()) {
        const store::RecordKind *kind = store::recordKind(entry.kind);
        if (imported.contains(entry.kind + u' ' + entry.key) || !kind || kind->inForceColumn.isEmpty()) {
            continue; // still imported, or kept as it was (a resident who moved keeps their history)
        }
        QJsonObject record = QJsonDocument::fromJson(entry.body.toUtf8()).object();
        QJsonObject row = record.value("row"_L1).toObject();
        row.insert(kind->inForceColumn, 0);
        record.insert(u"row"_s, row);
        entry.body = compact(record);
        if (auto stored = m_ledger->putMaster(entry); !stored) { // same units: their tablets learn it ended
            return stored;
        }
    }
    return tx.commit();
}

Result<std::optional<MasterSnapshot>> CentralService::masterUpdate(
    const QList<QString> &units, const QString &deviceHash)
{
    auto bodies = m_ledger->masterFor(units);
    if (!bodies) {
        return bodies.error();
    }
    MasterSnapshot snapshot;
    for (const QString &body : bodies.value()) {
        snapshot.records.append(QJsonDocument::fromJson(body.toUtf8()).object());
    }
    if (snapshot.records.isEmpty()) {
        return std::optional<MasterSnapshot> {};
    }
    if (snapshot.records.size() > kMaxMasterRecords) {
        return Error { ErrorCode::Integrity,
            u"master data of the device's units exceeds %1 records"_s.arg(kMaxMasterRecords) };
    }
    snapshot.hash = masterHash(snapshot.records);
    return snapshot.hash == deviceHash ? std::optional<MasterSnapshot> {} : std::optional(snapshot);
}

Result<DownloadResponse> CentralService::download(const DownloadRequest &request)
{
    LedgerTransaction tx(*m_ledger); // one snapshot for the device check and the read
    if (auto started = tx.start(); !started) {
        return started.error();
    }
    const auto units = deviceUnits(request.deviceId);
    if (!units) {
        return units.error();
    }
    DownloadResponse response { {}, request.cursor, false, {} };
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
    // Audit events go up to the centre (log control, chain verification) but not down to other devices.
    auto entries = m_ledger->logAfter(request.cursor, units.value(), request.limit + 1); // one more: is there more?
    if (!entries) {
        return entries.error();
    }
    for (const auto &entry : entries.value()) {
        if (response.items.size() == request.limit) {
            response.more = true;
            break;
        }
        response.items.append({ entry.position, QJsonDocument::fromJson(entry.body.toUtf8()).object() });
    }
    if (!response.items.isEmpty()) {
        response.nextCursor = response.items.constLast().position;
    }
    return response;
}

Result<QList<ItemResult>> CentralService::rejectedFor(const QString &deviceId)
{
    return m_ledger->rejectedFor(deviceId);
}

} // namespace akten::sync
