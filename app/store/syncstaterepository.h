// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QList>
#include <QString>

namespace akten::store {

class Database;

/** A record the central store refused, kept on the device and shown (nothing staff wrote is dropped). */
struct RejectedRecord
{
    qint64 deviceSeq = 0;
    QString kind;
    QString key;
    QString reason;
    qint64 wallMs = 0;
};

/**
 * How far this device's copy of another device's records reaches, for one unit they share (migration 0006): every
 * record that device had written before `knownThroughMs` (this device's clock) is here; 0 = not known.
 */
struct PeerKnowledge
{
    QString deviceId;
    QString unitId;
    qint64 knownThroughMs = 0;
};

/**
 * The device's sync bookkeeping (migration 0004): how far uploads are acknowledged, the download cursor (both only
 * move forward, enforced by triggers too), and the rejected records. No transactions of its own.
 */
class SyncStateRepository
{
public:
    explicit SyncStateRepository(Database &db);

    [[nodiscard]] Result<qint64> ackedThrough() const;
    [[nodiscard]] Result<qint64> downloadCursor() const;
    [[nodiscard]] Result<qint64> outboxEnd() const; ///< the highest device_seq written so far (0 if none)
    /** Whether anyone has written a record on this device (its own audit trail aside): then it is no new tablet. */
    [[nodiscard]] Result<bool> hasOwnRecords() const;
    [[nodiscard]] Status setAckedThrough(qint64 seq);
    /**
     * Moves the upload acknowledgement back to `seq` (sync/PROTOCOL.md "Upload": the central store was restored from
     * a backup and lost records it had acknowledged); the only way it moves back.
     */
    [[nodiscard]] Status rewindAckedThrough(qint64 seq);
    [[nodiscard]] Status setDownloadCursor(qint64 cursor);
    [[nodiscard]] Status addRejected(qint64 deviceSeq, const QString &reason, qint64 wallMs);
    [[nodiscard]] Result<QList<RejectedRecord>> rejected() const;
    /** The hash of the master snapshot applied last (empty before the first). */
    [[nodiscard]] Result<QString> masterHash() const;
    [[nodiscard]] Status setMasterHash(const QString &hash);
    /** When the last sync completed (wall clock ms; 0 = never): the offline lease and the status screen read it. */
    [[nodiscard]] Result<qint64> lastCompletedMs() const;
    /** Records a completed sync and starts the running-time count again (two writes: call inside a transaction). */
    [[nodiscard]] Status setLastCompletedMs(qint64 wallMs);
    /** How long Akten has run since the last completed sync (monotonic ms, for the offline lease; 0 if not counted). */
    [[nodiscard]] Result<qint64> runningMsSinceSync() const;
    /** Adds running time in one statement, so a sync completing on another connection is never undone. */
    [[nodiscard]] Status addRunningMs(qint64 ms);
    /** What the last complete download said about the other devices of this device's units, by device and unit. */
    [[nodiscard]] Result<QList<PeerKnowledge>> peers() const;
    /** Replaces it (call inside the download's transaction). */
    [[nodiscard]] Status replacePeers(const QList<PeerKnowledge> &peers);

private:
    [[nodiscard]] Result<QString> stateText(const QString &key) const;
    [[nodiscard]] Status setStateText(const QString &key, const QString &value);
    [[nodiscard]] Result<qint64> value(const QString &key) const;
    [[nodiscard]] Status setValue(const QString &key, qint64 value);

    Database &m_db;
};

} // namespace akten::store
