// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "sync/server/centralledger.h"

#include <QJsonObject>

#include <optional>

namespace akten::sync {

/**
 * Follows one device's audit hash chain through an upload batch, inside the batch's transaction. Each event's hash is
 * recomputed from its content with the tablet's own canonical bytes (store::auditEventFromRow, then
 * core::computeAuditHash) and its place in the chain checked (the next seq, the previous hash equal to the head's).
 * Rights play no part here: an event is history and is never refused for its author or unit (UploadBatch flags
 * those). An event whose content does not match its hash, or cannot be read, is refused and raises a tamper alarm
 * for the device; the chain then follows the hash the event claims, so the device's later events still link and
 * stay whole. A gap or a fork is refused and the head stays where it was.
 */
class AuditIntake
{
public:
    AuditIntake(CentralLedger &ledger, QString deviceId, qint64 nowMs);

    struct Verdict
    {
        QString rejection; ///< empty: the event continues the chain and is stored
        bool alarm = false; ///< the rejection is a tamper alarm
    };
    /** Judges the next audit event of the batch (an audit_events row) and moves the chain on in memory. */
    [[nodiscard]] Result<Verdict> take(qint64 deviceSeq, const QJsonObject &row);
    /** Stores the head and raises the alarms of the batch, once its records are stored. */
    [[nodiscard]] Status finish();

private:
    CentralLedger &m_ledger;
    QString m_deviceId;
    qint64 m_nowMs = 0;
    std::optional<CentralLedger::AuditHead> m_head; ///< the chain as far as this batch has taken it
    bool m_headMoved = false;
    QList<TamperAlarm> m_alarms;
};

/** The category a tablet is told for a tamper alarm's reason (never the reason itself): "content_altered" or
 * "unreadable". */
[[nodiscard]] QString alarmCategory(const QString &reason);

/**
 * Puts a backend's three reads together (for CentralLedger::unitAlarms): which of the devices (device, unit rows, by
 * device) share units, their alarms (by device, then seq) and how many of their audit events are flagged.
 */
[[nodiscard]] QList<CentralLedger::DeviceAlarms> assembleUnitAlarms(
    const QList<std::pair<QString, QString>> &deviceUnits, const QList<std::pair<QString, TamperAlarm>> &alarms,
    const QHash<QString, qint64> &flagged);

} // namespace akten::sync
