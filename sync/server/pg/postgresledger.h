// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "sync/server/centralledger.h"
#include "sync/server/pg/bodykeys.h"
#include "sync/server/pg/pgconnection.h"

#include <memory>

namespace akten::sync {

/**
 * The central storage on PostgreSQL, for many sites and any number of stateless akten-central processes: each holds
 * its own connections; uploads of one device never interleave (row lock on the device) and appends to the log are
 * serialised so positions become visible in order. Schema migrations (sync/server/pg/migrations) run at connect,
 * under an advisory lock, so processes starting together apply each migration once. Record bodies (the log, the
 * refused shelf, master data) are sealed with BodyKeys before they are sent and opened when read: PostgreSQL never
 * holds them in clear.
 */
class PostgresLedger final : public CentralLedger
{
public:
    [[nodiscard]] static Result<std::unique_ptr<PostgresLedger>> connect(
        const QString &conninfo, std::unique_ptr<BodyKeys> bodyKeys, const QByteArray &password = {});

    Status begin() override;
    Status commit() override;
    Status checkHealth() override; // postgreshealth.cpp
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
    PostgresLedger(std::unique_ptr<pg::PgConnection> connection, std::unique_ptr<BodyKeys> bodyKeys);
    [[nodiscard]] Status migrate();
    [[nodiscard]] Status run(const QString &sql, const QStringList &params);
    /** The first column of the first row, if any. */
    [[nodiscard]] Result<std::optional<QString>> scalar(const QString &sql, const QStringList &params);
    /** The body sealed for storage: (text, key number), bound to the record's kind and key. */
    [[nodiscard]] Result<BodyKeys::Sealed> seal(const QString &body, const QString &kind, const QString &key) const;
    /** A stored body in clear: `keyColumn` of the row is its key number (NULL: stored in clear before sealing). */
    [[nodiscard]] Result<QString> unseal(
        const pg::PgResult &result, int row, int bodyColumn, int keyColumn, const QString &kind, const QString &key);
    /** "first second" for each row of a two-column query. */
    [[nodiscard]] Result<QSet<QString>> pairs(const QString &sql, const QStringList &params);

    std::unique_ptr<pg::PgConnection> m_pg;
    std::unique_ptr<BodyKeys> m_bodyKeys;
};

} // namespace akten::sync
