// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"
#include "sync/protocol/messages.h"
#include "sync/server/centralstore.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace akten::sync {

/**
 * What a central storage backend provides: plain reads and writes inside one transaction at a time. The rules (what
 * is accepted, rejected, a duplicate; scope; the audit chain) live once, in CentralService, so every backend behaves
 * the same. Implementations: SqliteLedger (embedded, SQLCipher) and PostgresLedger.
 */
class CentralLedger
{
public:
    virtual ~CentralLedger() = default;

    [[nodiscard]] virtual Status begin() = 0;
    [[nodiscard]] virtual Status commit() = 0;
    virtual void rollback() = 0;
    /**
     * A cheap check for akten-central's /healthz: the store answers a query and its schema is the one this build
     * migrates to. The error says why not (English, no data).
     */
    [[nodiscard]] virtual Status checkHealth() = 0;

    struct Device
    {
        bool known = false;
        bool revoked = false;
        QList<QString> unitIds; ///< sorted
    };
    [[nodiscard]] virtual Result<Device> device(const QString &deviceId) = 0;
    [[nodiscard]] virtual Status setDeviceUnits(const QString &deviceId, const QList<QString> &unitIds) = 0;
    /** false if the device is unknown. */
    [[nodiscard]] virtual Result<bool> markRevoked(const QString &deviceId) = 0;

    [[nodiscard]] virtual Status addEnrolmentCode(
        const QString &codeHash, const QList<QString> &unitIds, qint64 expiresMs)
        = 0;
    /** Marks an unused, unexpired code as used by the device and returns its units; nothing if there is none. */
    [[nodiscard]] virtual Result<std::optional<QList<QString>>> redeemEnrolmentCode(
        const QString &codeHash, const QString &deviceId, qint64 nowMs)
        = 0;

    /** Replaces staff, their units and where residents live; units are only ever added (records refer to them). */
    [[nodiscard]] virtual Status replaceRights(const RightsSnapshot &rights) = 0;
    /** The unit of each known resident among `residentIds` (one round trip on PostgreSQL). */
    [[nodiscard]] virtual Result<QHash<QString, QString>> residentUnits(const QList<QString> &residentIds) = 0;
    /** "staffId unitId" for every unit that each of `staffIds` is active staff of now. */
    [[nodiscard]] virtual Result<QSet<QString>> activeStaffUnits(const QList<QString> &staffIds) = 0;
    /** The residents among `residentIds` whose case is closed: a case_closure of theirs is in the log. */
    [[nodiscard]] virtual Result<QSet<QString>> closedResidents(const QList<QString> &residentIds) = 0;
    /** Notes the resident's case closed by the case_closure `closureKey` (in the upload's transaction). */
    [[nodiscard]] virtual Status markClosed(const QString &residentId, const QString &closureKey, qint64 receivedMs)
        = 0;

    /**
     * The device's upload progress, read so that no other upload (from another server process) runs until this
     * transaction ends; it also orders appends to the log, so positions become visible in order.
     */
    [[nodiscard]] virtual Result<qint64> lockProgress(const QString &deviceId) = 0;
    [[nodiscard]] virtual Status saveProgress(const QString &deviceId, qint64 ackedThrough) = 0;
    /** The device had sent everything it had written at `serverMs` (a complete upload); never moves back. */
    [[nodiscard]] virtual Status markCaughtUp(const QString &deviceId, qint64 serverMs) = 0;
    /**
     * The devices other than `deviceId` that are enrolled for any of `unitIds` and not revoked, by id, each with the
     * units it shares and when it was last caught up.
     */
    [[nodiscard]] virtual Result<QList<PeerDevice>> peers(const QString &deviceId, const QList<QString> &unitIds) = 0;

    struct AuditHead
    {
        qint64 seq = 0;
        QString hashB64; ///< empty before the first event
    };
    [[nodiscard]] virtual Result<AuditHead> auditHead(const QString &deviceId) = 0;
    [[nodiscard]] virtual Status setAuditHead(const QString &deviceId, const AuditHead &head) = 0;

    struct Stored
    {
        QString unitId;
        QString kind;
        QString key;
        QString deviceId;
        qint64 deviceSeq = 0;
        QString body; ///< the record as compact JSON
        qint64 receivedMs = 0;
        /** The record's row.wall_ms (device clock; 0 if it has none that is a whole number), kept beside a sealed body
         *  for the day-note purge; if unset, read from `body`. */
        std::optional<qint64> wallMs;
    };
    enum class Shelf { Records, Rejected };
    /** The body stored under (device, seq) on that shelf, if any. */
    [[nodiscard]] virtual Result<std::optional<QString>> storedBody(
        Shelf shelf, const QString &deviceId, qint64 deviceSeq)
        = 0;
    /**
     * Whether the log holds the record (kind, key) in the unit (what the unit's tablets have or will get); an empty
     * `unitId`: in any unit.
     */
    [[nodiscard]] virtual Result<bool> holds(const QString &kind, const QString &key, const QString &unitId) = 0;
    /** Appends to the log; false (nothing written) if a record with the same kind and key exists. */
    [[nodiscard]] virtual Result<bool> append(const Stored &record) = 0;
    /** append() for each record, in order, as one operation where the backend can (PostgreSQL: one statement). */
    [[nodiscard]] virtual Result<QList<bool>> appendAll(const QList<Stored> &records)
    {
        QList<bool> appended;
        for (const Stored &record : records) {
            auto one = append(record);
            if (!one) {
                return one.error();
            }
            appended.append(one.value());
        }
        return appended;
    }
    struct Refusal
    {
        Stored record;
        QString reason;
    };
    /** Keeps refused records for managers (`aktenctl rejected`), in one statement where the backend can. */
    [[nodiscard]] virtual Status keepRejected(const QList<Refusal> &refusals) = 0;

    struct LogEntry
    {
        qint64 position = 0;
        QByteArray body; ///< the record as stored: compact JSON, UTF-8 (served as it is, PROTOCOL.md "Download")
    };
    /** Up to `limit` records of the units after `cursor`, audit events excluded, in log order. */
    [[nodiscard]] virtual Result<QList<LogEntry>> logAfter(qint64 cursor, const QList<QString> &unitIds, int limit) = 0;
    [[nodiscard]] virtual Result<QList<ItemResult>> rejectedFor(const QString &deviceId) = 0;

    struct AuditFlag
    {
        QString deviceId;
        qint64 deviceSeq = 0;
        QString flag; ///< English: why the event would have been refused as a record
    };
    /** Notes audit events stored although their author or unit is not valid now. */
    [[nodiscard]] virtual Status flagAudit(const QList<AuditFlag> &flags) = 0;
    [[nodiscard]] virtual Result<QList<ItemResult>> flaggedAuditFor(const QString &deviceId) = 0;
    [[nodiscard]] virtual Status raiseAlarm(const QString &deviceId, const TamperAlarm &alarm) = 0;
    /** The device's alarms by seq; `openOnly`: those not decided yet. */
    [[nodiscard]] virtual Result<QList<TamperAlarm>> alarms(const QString &deviceId, bool openOnly) = 0;
    /** Marks the device's open alarms decided ("release" or "revoke"); returns how many. */
    [[nodiscard]] virtual Result<int> decideAlarms(const QString &deviceId, const QString &decision, qint64 nowMs) = 0;

    struct DeviceAlarms
    {
        QString deviceId;
        QStringList unitIds; ///< of those asked about, sorted
        qint64 flagged = 0;
        QList<TamperAlarm> alarms; ///< by seq, open and decided
    };
    /**
     * Every device enrolled for any of `unitIds` (revoked ones too: their alarms were decided) that has tamper alarms
     * or flagged audit events, by id (what a unit manager's tablet shows, PROTOCOL.md "Integrity").
     */
    [[nodiscard]] virtual Result<QList<DeviceAlarms>> unitAlarms(const QList<QString> &unitIds) = 0;

    /** A day note the purge removed: what is logged of it (never its text). */
    struct PurgedNote
    {
        QString key;
        QString unitId;
        QString deviceId;
        qint64 writtenMs = 0;
    };
    /** Deletes every day note written before `cutoffMs` from the log (inside the caller's transaction). */
    [[nodiscard]] virtual Result<QList<PurgedNote>> purgeDayNotes(qint64 cutoffMs) = 0;

    struct MasterEntry
    {
        QString kind;
        QString key;
        int rank = 0; ///< the kind's place in recordKinds()
        QString body; ///< the record as compact JSON
        QList<QString> unitIds;
    };
    /** Every master record held (newest version each), with its units. */
    [[nodiscard]] virtual Result<QList<MasterEntry>> masterRecords() = 0;
    /** Stores this version of a master record (replacing the one held) and its units. */
    [[nodiscard]] virtual Status putMaster(const MasterEntry &entry) = 0;
    /** The bodies of the master records for any of the units, by rank then key, each once. */
    [[nodiscard]] virtual Result<QList<QString>> masterFor(const QList<QString> &unitIds) = 0;
};

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

} // namespace akten::sync
