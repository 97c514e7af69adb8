// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"
#include "app/records/recordcheck.h"
#include "sync/server/centralledger.h"
#include "sync/server/centralstore.h"

#include <memory>

namespace akten::sync {

/**
 * The central store's rules over any CentralLedger: an upload batch is applied in one transaction and answered per
 * record against the current rights; a device's scope is its enrolment; a revoked or unknown device is refused, and
 * so are the uploads of a device with an open tamper alarm until a manager decides (decideAlarms).
 * One instance per connection (ledgers are not shared between threads).
 */
class CentralService final : public CentralStore
{
public:
    CentralService(std::unique_ptr<CentralLedger> ledger, const core::Clock &clock);

    Status setRights(const RightsSnapshot &rights) override;
    Status importMaster(const MasterData &master) override;
    Status enrolDevice(const QString &deviceId, const QList<core::Id> &unitIds) override;
    Result<QString> createEnrolmentCode(const QList<core::Id> &unitIds, qint64 validMs) override;
    Status redeemEnrolmentCode(const QString &code, const QString &deviceId) override;
    Status revokeDevice(const QString &deviceId) override;
    Result<UploadResponse> applyUpload(const UploadRequest &request) override;
    Result<DownloadResponse> download(const DownloadRequest &request) override; // centraldownload.cpp
    Result<DownloadResponse> downloadStored(const DownloadRequest &request) override;
    Status checkHealth() override;
    Result<QList<ItemResult>> rejectedFor(const QString &deviceId) override;
    Result<QList<ItemResult>> flaggedAuditFor(const QString &deviceId) override;
    Result<QList<TamperAlarm>> alarmsFor(const QString &deviceId) override;
    Result<int> decideAlarms(const QString &deviceId, AlarmDecision decision) override;

    /**
     * Deletes the day notes written 90 care days ago or more from the log (core::dayNotePurgeCutoffMs), in its own
     * transaction; logs each one (key, unit, device, the day it was written), never its text. Runs before every
     * download and daily in akten-central (sync/central/main.cpp). Returns how many went.
     */
    [[nodiscard]] Result<int> purgeExpiredDayNotes();

private:
    /** The device's units, or Forbidden if it is unknown or revoked. */
    [[nodiscard]] Result<QList<QString>> deviceUnits(const QString &deviceId);
    /** The alarms and flags of the units' devices, as a tablet is told them (categories, never reasons). */
    [[nodiscard]] Result<QList<DeviceIntegrity>> integrityOf(const QList<QString> &unitIds);
    /** The master snapshot of the units, if it differs from the one the device holds. */
    [[nodiscard]] Result<std::optional<MasterSnapshot>> masterUpdate(
        const QList<QString> &units, const QString &deviceHash);

    /** The tablet's rules for uploads, made at the first upload (an in-memory copy of the tablet schema). */
    [[nodiscard]] Result<records::RecordCheck *> recordCheck();

    std::unique_ptr<CentralLedger> m_ledger;
    const core::Clock &m_clock;
    std::unique_ptr<records::RecordCheck> m_check;
    /**
     * The last master snapshot made, with the units it is for and a SHA-256 over the stored bodies it was made from:
     * while these bodies stay the same, the snapshot and its hash are the same (no parsing for every download batch).
     */
    struct MasterCache
    {
        QList<QString> units;
        QByteArray storedDigest;
        MasterSnapshot snapshot;
    };
    std::optional<MasterCache> m_master;
};

} // namespace akten::sync
