// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace akten::store {

class Database;

/** A tamper alarm of a device of this device's units, as the central store told it (times on its clock). */
struct DeviceAlarm
{
    qint64 deviceSeq = 0;
    QString category; ///< "content_altered", "unreadable", or a later one
    qint64 raisedMs = 0;
    QString decision; ///< empty while open; "release" or "revoke"
    qint64 decidedMs = 0;
};

/** One device of this device's units that has tamper alarms or flagged audit events. */
struct DeviceIntegrityRecord
{
    QString deviceId;
    QStringList unitIds; ///< the units it shares with this device
    qint64 flaggedEvents = 0;
    QList<DeviceAlarm> alarms; ///< by seq
};

/**
 * What the last complete download said about the alarms and flags of this device's units (migration 0013), and when
 * it was heard. Replaced whole by each; no transactions of its own (call inside the download's). One connection per
 * thread, as Database.
 */
class IntegrityRepository
{
public:
    explicit IntegrityRepository(Database &db);

    [[nodiscard]] Result<QList<DeviceIntegrityRecord>> devices() const;
    /** When it was last heard (this device's wall clock, ms; 0 = never). */
    [[nodiscard]] Result<qint64> heardMs() const;
    [[nodiscard]] Status replace(const QList<DeviceIntegrityRecord> &devices, qint64 heardMs);

private:
    Database &m_db;
};

} // namespace akten::store
