// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/store/database.h"
#include "sync/server/centralledger.h"

#include <memory>

namespace akten::store {
class KeyProvider;
class Statement;
} // namespace akten::store

namespace akten::sync {

/**
 * The embedded central storage for one site (the default; no other service needed): an encrypted SQLCipher file,
 * DIR/central.db, its data key wrapped by the KeyProvider in DIR/datakey.wrapped exactly like a device store;
 * migrations in sync/server/migrations. One process owns it. Master data and rights are in sqlitemaster.cpp, audit
 * flags and tamper alarms in sqliteaudit.cpp, the log's appends and reads in sqlitelog.cpp.
 */
class SqliteLedger final : public CentralLedger
{
public:
    /** Opens DIR's central store, creating it (and its data key) if DIR holds none. */
    [[nodiscard]] static Result<std::unique_ptr<SqliteLedger>> open(const QString &dir, store::KeyProvider &keys);

    Status begin() override;
    Status commit() override;
    Status checkHealth() override; // sqlitehealth.cpp
    void rollback() override;
    Result<Device> device(const QString &deviceId) override;
    Status setDeviceUnits(const QString &deviceId, const QList<QString> &unitIds) override;
    Result<bool> markRevoked(const QString &deviceId) override;
    Status addEnrolmentCode(const QString &codeHash, const QList<QString> &unitIds, qint64 expiresMs) override;
    Result<std::optional<QList<QString>>> redeemEnrolmentCode(
        const QString &codeHash, const QString &deviceId, qint64 nowMs) override;
    Status replaceRights(const RightsSnapshot &rights) override;
    Result<QHash<QString, QString>> residentUnits(const QList<QString> &residentIds) override;
    Result<QSet<QString>> activeStaffUnits(const QList<QString> &staffIds) override;
    Result<QSet<QString>> closedResidents(const QList<QString> &residentIds) override;
    Status markClosed(const QString &residentId, const QString &closureKey, qint64 receivedMs) override;
    Result<qint64> lockProgress(const QString &deviceId) override;
    Status saveProgress(const QString &deviceId, qint64 ackedThrough) override;
    Status markCaughtUp(const QString &deviceId, qint64 serverMs) override;
    Result<QList<PeerDevice>> peers(const QString &deviceId, const QList<QString> &unitIds) override;
    Result<AuditHead> auditHead(const QString &deviceId) override;
    Status setAuditHead(const QString &deviceId, const AuditHead &head) override;
    Result<std::optional<QString>> storedBody(Shelf shelf, const QString &deviceId, qint64 deviceSeq) override;
    Result<bool> holds(const QString &kind, const QString &key, const QString &unitId) override;
    Result<bool> append(const Stored &record) override;
    Result<QList<bool>> appendAll(const QList<Stored> &records) override;
    Status keepRejected(const QList<Refusal> &refusals) override;
    Result<QList<LogEntry>> logAfter(qint64 cursor, const QList<QString> &unitIds, int limit) override;
    Result<QList<PurgedNote>> purgeDayNotes(qint64 cutoffMs) override;
    Result<QList<ItemResult>> rejectedFor(const QString &deviceId) override;
    Status flagAudit(const QList<AuditFlag> &flags) override;
    Result<QList<ItemResult>> flaggedAuditFor(const QString &deviceId) override;
    Status raiseAlarm(const QString &deviceId, const TamperAlarm &alarm) override;
    Result<QList<TamperAlarm>> alarms(const QString &deviceId, bool openOnly) override;
    Result<int> decideAlarms(const QString &deviceId, const QString &decision, qint64 nowMs) override;
    Result<QList<DeviceAlarms>> unitAlarms(const QList<QString> &unitIds) override;
    Result<QList<MasterEntry>> masterRecords() override;
    Status putMaster(const MasterEntry &entry) override;
    Result<QList<QString>> masterFor(const QList<QString> &unitIds) override;

private:
    explicit SqliteLedger(store::Database db);
    /** The file's inode number, 0 if it cannot be read (sqlitehealth.cpp). */
    [[nodiscard]] static quint64 fileInode(const QString &path);
    /** Runs one statement with text/integer parameters; returns the number of rows changed. */
    [[nodiscard]] Result<int> run(const QString &sql, const QVariantList &values);
    /** The first column of the first row, if there is a row. */
    [[nodiscard]] Result<std::optional<QVariant>> scalar(const QString &sql, const QVariantList &values);
    /** Binds values in order: null, integer or text. */
    static void bindAll(store::Statement &statement, const QVariantList &values);

    store::Database m_db;
    quint64 m_inode = 0; // of DIR/central.db when opened: a file deleted or replaced under the server is noticed
};

} // namespace akten::sync
