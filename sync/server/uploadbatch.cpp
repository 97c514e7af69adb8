// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/uploadbatch.h"

#include "core/daynotes.h"
#include "records/recordcodec.h"
#include "records/recordkinds.h"

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

const QString kZeroHash = QString::fromLatin1(QByteArray(32, '\0').toBase64());
const QString kSameKey = u"another record with the same key is stored"_s;

} // namespace

UploadBatch::UploadBatch(CentralLedger &ledger, records::RecordCheck &check, const core::Clock &clock, QString deviceId,
    QList<QString> deviceUnits)
    : m_ledger(ledger)
    , m_check(check)
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_units(std::move(deviceUnits))
{ }

Status UploadBatch::lookUpRights(const UploadRequest &request, qint64 ackedBefore)
{
    QSet<QString> residents;
    QSet<QString> authors;
    for (const UploadItem &item : request.items) {
        if (item.deviceSeq > ackedBefore) {
            const QJsonObject row = item.record.value("row"_L1).toObject();
            if (const QJsonValue resident = row.value("resident_id"_L1); resident.isString()) {
                residents.insert(resident.toString());
            }
            authors.insert(row.value("author_id"_L1).toString());
        }
    }
    auto units = m_ledger.residentUnits(residents.values());
    if (!units) {
        return units.error();
    }
    auto active = m_ledger.activeStaffUnits(authors.values());
    if (!active) {
        return active.error();
    }
    m_residentUnits = std::move(units).value();
    m_activeStaff = std::move(active).value();
    return {};
}

Result<QString> UploadBatch::auditChainBreak(const QJsonObject &row)
{
    if (!m_head) {
        auto head = m_ledger.auditHead(m_deviceId);
        if (!head) {
            return head.error();
        }
        m_head = head.value();
    }
    const qint64 next = m_head->seq + 1;
    const QString previous = m_head->hashB64.isEmpty() ? kZeroHash : m_head->hashB64;
    if (qint64(row.value("seq"_L1).toDouble()) != next) {
        return u"audit chain gap (expected seq %1)"_s.arg(next);
    }
    if (row.value("prev_hash"_L1).toObject().value("b64"_L1).toString() != previous) {
        return u"audit chain fork or rollback at seq %1"_s.arg(next);
    }
    m_head = CentralLedger::AuditHead { next, row.value("hash"_L1).toObject().value("b64"_L1).toString() };
    m_headMoved = true;
    return QString();
}

Result<QString> UploadBatch::tabletRefusal(const QJsonObject &record, const QString &unit)
{
    auto judged = m_check.judge(record);
    if (!judged) {
        return judged.error();
    }
    if (!judged.value().refusal.isEmpty()) {
        return judged.value().refusal;
    }
    for (const records::Reference &reference : judged.value().references) {
        const records::RecordKind *kind = records::recordKind(reference.kind);
        if (kind->merge == records::MergeClass::Master) {
            // A resident is checked against the current rights above; tablets get the unit's master data whole.
            if (reference.kind != "resident"_L1 || m_residentUnits.value(reference.key) != unit) {
                return u"it refers to a %1 the unit's tablets do not have"_s.arg(reference.kind);
            }
            continue;
        }
        auto held = m_ledger.holds(reference.kind, reference.key, unit);
        if (!held) {
            return held.error();
        }
        if (held.value()) {
            continue;
        }
        // Earlier in this batch, and going into the log with it: unless its key is taken in another unit already.
        if (m_batchKeys.contains(reference.kind + u' ' + reference.key + u' ' + unit)) {
            auto elsewhere = m_ledger.holds(reference.kind, reference.key, QString());
            if (!elsewhere) {
                return elsewhere.error();
            }
            if (!elsewhere.value()) {
                continue;
            }
        }
        return u"it refers to a %1 the unit's log does not hold (%2)"_s.arg(reference.kind, reference.key);
    }
    return QString();
}

Result<UploadBatch::Verdict> UploadBatch::judge(const QJsonObject &record)
{
    const records::RecordKind *kind = records::recordKind(record.value("kind"_L1).toString());
    const QJsonObject row = record.value("row"_L1).toObject();
    if (!kind) {
        return Verdict { {}, u"unknown record kind"_s };
    }
    if (kind->merge == records::MergeClass::Master) {
        return Verdict { {}, u"master data is managed by the central store"_s };
    }
    if (row.value("device_id"_L1).toString() != m_deviceId) {
        return Verdict { {}, u"the record names another device"_s };
    }
    if (records::keyOf(*kind, row) != record.value("key"_L1).toString()) {
        return Verdict { {}, u"the key does not match the record"_s };
    }
    QString unit = row.value("unit_id"_L1).toString();
    if (row.contains("resident_id"_L1) && !row.value("resident_id"_L1).isNull()) {
        const auto home = m_residentUnits.constFind(row.value("resident_id"_L1).toString());
        if (home == m_residentUnits.cend()) {
            return Verdict { {}, u"unknown resident"_s };
        }
        unit = *home;
    }
    if (unit.isEmpty() && !m_units.isEmpty()) {
        unit = m_units.constFirst(); // a device-level event (login, lock) belongs to the device's unit
    }
    if (!m_units.contains(unit)) {
        return Verdict { unit, u"the device is not enrolled for this unit"_s };
    }
    const QString author = row.value("author_id"_L1).toString();
    const bool audit = kind->merge == records::MergeClass::Audit;
    // System audit events (badge locked, start-up) have no author.
    if (!(audit && author.isEmpty()) && !m_activeStaff.contains(author + u' ' + unit)) {
        return Verdict { unit, u"the author is not active staff of the unit now"_s };
    }
    auto refusal = tabletRefusal(record, unit);
    if (!refusal) {
        return refusal.error();
    }
    if (!refusal.value().isEmpty()) {
        return Verdict { unit, refusal.value() };
    }
    if (audit) {
        auto broken = auditChainBreak(row); // the last check: an accepted event moves the chain on
        if (!broken) {
            return broken.error();
        }
        return Verdict { unit, broken.value() };
    }
    return Verdict { unit, {} };
}

Result<ItemResult> UploadBatch::earlier(const UploadItem &item)
{
    const QString body = compactJson(item.record);
    for (const auto shelf : { CentralLedger::Shelf::Records, CentralLedger::Shelf::Rejected }) {
        auto stored = m_ledger.storedBody(shelf, m_deviceId, item.deviceSeq);
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
    if (item.record.value("kind"_L1).toString() == "day_note"_L1) {
        return ItemResult { item.deviceSeq, ItemStatus::Duplicate, {} }; // stored once, purged since
    }
    return Error { ErrorCode::Integrity, u"acknowledged seq %1 is not stored"_s.arg(item.deviceSeq) };
}

Result<UploadResponse> UploadBatch::apply(const UploadRequest &request, qint64 ackedBefore)
{
    UploadResponse response;
    response.ackedThrough = ackedBefore;
    if (auto looked = lookUpRights(request, ackedBefore); !looked) {
        return looked.error();
    }
    QList<CentralLedger::Stored> accepted;
    QList<qsizetype> acceptedAt; // index into response.results
    QList<CentralLedger::Refusal> refused;
    bool acceptedAudit = false;
    const qint64 now = m_clock.nowMs();
    for (const UploadItem &item : request.items) {
        response.ackedThrough = std::max(response.ackedThrough, item.deviceSeq);
        if (item.deviceSeq <= ackedBefore) {
            auto result = earlier(item);
            if (!result) {
                return result.error();
            }
            response.results.append(result.value());
            continue;
        }
        if (item.record.value("kind"_L1).toString() == "day_note"_L1
            && core::dayNoteExpired(
                qint64(item.record.value("row"_L1).toObject().value("wall_ms"_L1).toDouble()), now)) {
            // Past its 90 days: taken (the device may forget it) but never stored, so no device gets it back.
            response.results.append({ item.deviceSeq, ItemStatus::Accepted, {} });
            continue;
        }
        const auto verdict = judge(item.record);
        if (!verdict) {
            return verdict.error();
        }
        const CentralLedger::Stored stored { verdict.value().unitId, item.record.value("kind"_L1).toString(),
            item.record.value("key"_L1).toString(), m_deviceId, item.deviceSeq, compactJson(item.record), now };
        if (!verdict.value().rejection.isEmpty()) {
            refused.append({ stored, verdict.value().rejection });
            response.results.append({ item.deviceSeq, ItemStatus::Rejected, verdict.value().rejection });
            continue;
        }
        acceptedAudit = acceptedAudit || stored.kind == "audit_event"_L1;
        m_batchKeys.insert(stored.kind + u' ' + stored.key + u' ' + stored.unitId);
        accepted.append(stored);
        acceptedAt.append(response.results.size());
        response.results.append({ item.deviceSeq, ItemStatus::Accepted, {} });
    }
    auto appended = m_ledger.appendAll(accepted);
    if (!appended) {
        return appended.error();
    }
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        if (appended.value().at(i)) {
            continue;
        }
        if (accepted.at(i).kind == "audit_event"_L1) {
            // The chain was followed in memory on the assumption that every accepted event is stored.
            return Error { ErrorCode::Integrity,
                u"audit event seq %1 collides with a stored key"_s.arg(accepted.at(i).deviceSeq) };
        }
        refused.append({ accepted.at(i), kSameKey });
        response.results[acceptedAt.at(i)] = { accepted.at(i).deviceSeq, ItemStatus::Rejected, kSameKey };
    }
    if (auto kept = m_ledger.keepRejected(refused); !kept) {
        return kept.error();
    }
    if (m_headMoved && acceptedAudit) {
        if (auto moved = m_ledger.setAuditHead(m_deviceId, *m_head); !moved) {
            return moved.error();
        }
    }
    return response;
}

} // namespace akten::sync
