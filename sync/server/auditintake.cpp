// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/auditintake.h"

#include "app/core/audit.h"
#include "app/store/auditrow.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

Q_LOGGING_CATEGORY(lcAlarm, "akten.central.alarm")

const QString kZeroHash = QString::fromLatin1(QByteArray(32, '\0').toBase64());

} // namespace

AuditIntake::AuditIntake(CentralLedger &ledger, QString deviceId, qint64 nowMs)
    : m_ledger(ledger)
    , m_deviceId(std::move(deviceId))
    , m_nowMs(nowMs)
{ }

Result<AuditIntake::Verdict> AuditIntake::take(qint64 deviceSeq, const QJsonObject &row)
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
    const QJsonValue seq = row.value("seq"_L1);
    if (!seq.isDouble() || seq.toDouble() != double(next)) {
        return Verdict { u"audit chain gap (expected seq %1)"_s.arg(next), false };
    }
    if (row.value("prev_hash"_L1).toObject().value("b64"_L1).toString() != previous) {
        return Verdict { u"audit chain fork or rollback at seq %1"_s.arg(next), false };
    }
    const QString claimed = row.value("hash"_L1).toObject().value("b64"_L1).toString();
    m_head = CentralLedger::AuditHead { next, claimed };
    m_headMoved = true;
    const auto event = store::auditEventFromRow(row);
    QString tamper;
    if (!event) {
        tamper = u"tamper alarm: %1 at seq %2"_s.arg(event.error().message).arg(next);
    } else if (core::computeAuditHash(event.value()) != event.value().hash) {
        tamper = u"tamper alarm: audit event content does not match its hash at seq %1"_s.arg(next); // alarmCategory()
    }
    if (tamper.isEmpty()) {
        return Verdict {};
    }
    m_alarms.append({ deviceSeq, tamper, m_nowMs, {}, 0 });
    return Verdict { tamper, true };
}

Status AuditIntake::finish()
{
    if (m_headMoved) {
        if (auto moved = m_ledger.setAuditHead(m_deviceId, *m_head); !moved) {
            return moved;
        }
    }
    for (const TamperAlarm &alarm : m_alarms) {
        if (auto raised = m_ledger.raiseAlarm(m_deviceId, alarm); !raised) {
            return raised;
        }
        qCWarning(lcAlarm).noquote() << u"device %1: %2; its uploads are held until a manager decides"_s.arg(
            m_deviceId, alarm.reason);
    }
    return {};
}

QString alarmCategory(const QString &reason)
{
    return reason.contains("content does not match its hash"_L1) ? u"content_altered"_s : u"unreadable"_s;
}

QList<CentralLedger::DeviceAlarms> assembleUnitAlarms(const QList<std::pair<QString, QString>> &deviceUnits,
    const QList<std::pair<QString, TamperAlarm>> &alarms, const QHash<QString, qint64> &flagged)
{
    QList<CentralLedger::DeviceAlarms> devices;
    QHash<QString, qsizetype> index;
    for (const auto &[device, unit] : deviceUnits) {
        if (!index.contains(device)) {
            index.insert(device, devices.size());
            devices.append({ device, {}, flagged.value(device), {} });
        }
        devices[index.value(device)].unitIds << unit;
    }
    for (const auto &[device, alarm] : alarms) {
        if (index.contains(device)) {
            devices[index.value(device)].alarms.append(alarm);
        }
    }
    return devices;
}

} // namespace akten::sync
