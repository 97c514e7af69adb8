// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/uploadbatch.h"

#include "app/core/daynotes.h"
#include "app/records/recordcodec.h"
#include "app/records/recordkinds.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

const QString kSameKey = u"another record with the same key is stored"_s;
const QString kCaseClosure = u"case_closure"_s;

} // namespace

UploadBatch::UploadBatch(CentralLedger &ledger, records::RecordCheck &check, const core::Clock &clock, QString deviceId,
    QList<QString> deviceUnits)
    : m_ledger(ledger)
    , m_check(check)
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_units(std::move(deviceUnits))
    , m_audit(ledger, m_deviceId, clock.nowMs())
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
    auto closed = m_ledger.closedResidents(residents.values());
    if (!closed) {
        return closed.error();
    }
    m_residentUnits = std::move(units).value();
    m_activeStaff = std::move(active).value();
    m_closed = std::move(closed).value();
    return {};
}

Result<UploadBatch::Verdict> UploadBatch::judgeAudit(qint64 deviceSeq, const QJsonObject &record)
{
    const QJsonObject row = record.value("row"_L1).toObject();
    // Where the event is kept: the resident's unit if the resident is known, else the event's unit if the device
    // serves it, else the device's (a device-level event: login, lock).
    QStringList flags;
    QString unit;
    if (const QJsonValue resident = row.value("resident_id"_L1); resident.isString()) {
        const auto home = m_residentUnits.constFind(resident.toString());
        if (home == m_residentUnits.cend()) {
            flags << u"unknown resident"_s;
        } else {
            unit = *home;
        }
    }
    if (unit.isEmpty()) {
        unit = row.value("unit_id"_L1).toString();
        if (!unit.isEmpty() && !m_units.contains(unit)) {
            flags << u"the device is not enrolled for this unit now"_s;
            unit.clear();
        }
    } else if (!m_units.contains(unit)) {
        flags << u"the device is not enrolled for this unit now"_s;
    }
    if (unit.isEmpty()) {
        if (m_units.isEmpty()) {
            return Verdict { {}, u"the device is enrolled for no unit"_s, {} }; // nowhere to keep it
        }
        unit = m_units.constFirst();
    }
    const QString author = row.value("author_id"_L1).toString();
    if (!author.isEmpty() && !m_activeStaff.contains(author + u' ' + unit)) {
        flags << u"the author is not active staff of the unit now"_s;
    }
    auto chained = m_audit.take(deviceSeq, row);
    if (!chained) {
        return chained.error();
    }
    if (chained.value().rejection.isEmpty()) {
        // Followed in the chain either way; one the tablets' schema refuses is kept on the shelf, not in the log.
        // Its references are not judged: an event about a resident or author gone since is flagged, never dropped.
        auto checked = m_check.judge(record);
        if (!checked) {
            return checked.error();
        }
        if (!checked.value().refusal.isEmpty()) {
            return Verdict { unit, checked.value().refusal, {} };
        }
    }
    return Verdict { unit, chained.value().rejection, flags.join(u"; "_s) };
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

Result<UploadBatch::Verdict> UploadBatch::judge(qint64 deviceSeq, const QJsonObject &record)
{
    const records::RecordKind *kind = records::recordKind(record.value("kind"_L1).toString());
    const QJsonObject row = record.value("row"_L1).toObject();
    if (!kind) {
        return Verdict { {}, u"unknown record kind"_s, {} };
    }
    if (kind->merge == records::MergeClass::Master) {
        return Verdict { {}, u"master data is managed by the central store"_s, {} };
    }
    if (row.value("device_id"_L1).toString() != m_deviceId) {
        return Verdict { {}, u"the record names another device"_s, {} };
    }
    if (records::keyOf(*kind, row) != record.value("key"_L1).toString()) {
        return Verdict { {}, u"the key does not match the record"_s, {} };
    }
    if (kind->merge == records::MergeClass::Audit) {
        return judgeAudit(deviceSeq, record);
    }
    QString unit = row.value("unit_id"_L1).toString();
    if (row.contains("resident_id"_L1) && !row.value("resident_id"_L1).isNull()) {
        const auto home = m_residentUnits.constFind(row.value("resident_id"_L1).toString());
        if (home == m_residentUnits.cend()) {
            return Verdict { {}, u"unknown resident"_s, {} };
        }
        unit = *home;
    }
    if (unit.isEmpty() && !m_units.isEmpty()) {
        unit = m_units.constFirst(); // a device-level event (login, lock) belongs to the device's unit
    }
    if (!m_units.contains(unit)) {
        return Verdict { unit, u"the device is not enrolled for this unit"_s, {} };
    }
    if (!m_activeStaff.contains(row.value("author_id"_L1).toString() + u' ' + unit)) {
        return Verdict { unit, u"the author is not active staff of the unit now"_s, {} };
    }
    if (const QJsonValue resident = row.value("resident_id"_L1); resident.isString()) {
        // Written on a tablet the closure had not reached yet: refused here, kept on that tablet (PROTOCOL.md).
        if (m_closed.contains(resident.toString())) {
            return Verdict { unit, u"closed case: %1"_s.arg(kind->table), {} };
        }
    }
    auto refusal = tabletRefusal(record, unit);
    if (!refusal) {
        return refusal.error();
    }
    if (refusal.value().isEmpty() && kind->name == kCaseClosure) {
        m_closed.insert(row.value("resident_id"_L1).toString()); // what follows in this batch is refused too
    }
    return Verdict { unit, refusal.value(), {} };
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
    QList<CentralLedger::AuditFlag> flags;
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
        const auto wallMs = records::travellingInteger(item.record.value("row"_L1).toObject().value("wall_ms"_L1));
        if (item.record.value("kind"_L1).toString() == "day_note"_L1 && wallMs && core::dayNoteExpired(*wallMs, now)) {
            // Past its 90 days: taken (the device may forget it) but never stored, so no device gets it back.
            response.results.append({ item.deviceSeq, ItemStatus::Accepted, {} });
            continue;
        }
        const auto verdict = judge(item.deviceSeq, item.record);
        if (!verdict) {
            return verdict.error();
        }
        const CentralLedger::Stored stored { verdict.value().unitId, item.record.value("kind"_L1).toString(),
            item.record.value("key"_L1).toString(), m_deviceId, item.deviceSeq, compactJson(item.record), now,
            records::travellingInteger(item.record.value("row"_L1).toObject().value("wall_ms"_L1)).value_or(0) };
        if (!verdict.value().rejection.isEmpty()) {
            refused.append({ stored, verdict.value().rejection });
            response.results.append({ item.deviceSeq, ItemStatus::Rejected, verdict.value().rejection });
            continue;
        }
        if (!verdict.value().flag.isEmpty()) {
            flags.append({ m_deviceId, item.deviceSeq, verdict.value().flag });
        }
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
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        if (accepted.at(i).kind == kCaseClosure && appended.value().at(i)) {
            const QString resident = QJsonDocument::fromJson(accepted.at(i).body.toUtf8())
                                         .object()
                                         .value("row"_L1)
                                         .toObject()
                                         .value("resident_id"_L1)
                                         .toString();
            if (auto marked = m_ledger.markClosed(resident, accepted.at(i).key, now); !marked) {
                return marked.error();
            }
        }
    }
    if (auto kept = m_ledger.keepRejected(refused); !kept) {
        return kept.error();
    }
    if (auto flagged = m_ledger.flagAudit(flags); !flagged) {
        return flagged.error();
    }
    if (auto finished = m_audit.finish(); !finished) {
        return finished.error();
    }
    return response;
}

} // namespace akten::sync
