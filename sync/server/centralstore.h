// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/result.h"
#include "sync/protocol/messages.h"

#include <QJsonObject>
#include <QList>

namespace akten::sync {

/** The message of the Forbidden error for a revoked device (akten-central answers it with 410 Gone). */
constexpr auto kDeviceRevoked = "device revoked";

/** The rights the central store checks uploads against: who works where, where residents live. */
struct RightsSnapshot
{
    struct StaffRights
    {
        core::Id id;
        bool active = true;
        QList<core::Id> unitIds;
    };
    struct ResidentHome
    {
        core::Id id;
        core::Id unitId;
    };
    QList<core::Id> units;
    QList<StaffRights> staff;
    QList<ResidentHome> residents;
};

/** An audit event whose content did not match its hash: the device's uploads are held until a manager decides. */
struct TamperAlarm
{
    qint64 deviceSeq = 0; ///< the altered event's seq
    QString reason; ///< English, never the event's content
    qint64 raisedMs = 0; ///< the central store's clock
    QString decision; ///< empty while open; "release" or "revoke"
    qint64 decidedMs = 0;
};

/** What a manager decides about a device's open tamper alarms. */
enum class AlarmDecision {
    Release, ///< the altered event stays refused and kept; the device's uploads are taken again
    Revoke, ///< the device is revoked (it erases its keys at its next contact)
};

/** A master data import: the records the tablets get (master kinds) and the rights derived from them. */
struct MasterData
{
    RightsSnapshot rights;
    QList<QJsonObject> records; ///< in recordKinds() order
};

/**
 * The central store behind akten-central: one interface, two backends that pass the same test suite (embedded
 * SQLCipher for one site; PostgreSQL for many). Uploads are applied per batch in one transaction and answered per
 * record; a device's scope comes from its enrolment only.
 */
class CentralStore
{
public:
    virtual ~CentralStore() = default;

    /** Replaces the rights (master data import); later uploads are checked against these. */
    [[nodiscard]] virtual Status setRights(const RightsSnapshot &rights) = 0;
    /**
     * Replaces the rights and stores the master records for the tablets, in one transaction. A record left out of the
     * import is kept; if its kind has an in-force column (staff "active") it is kept as not in force, so tablets that
     * had it learn that it ended.
     */
    [[nodiscard]] virtual Status importMaster(const MasterData &master) = 0;
    /** Enrols a device for units (or changes its units). */
    [[nodiscard]] virtual Status enrolDevice(const QString &deviceId, const QList<core::Id> &unitIds) = 0;
    /** A one-time code (XXXX-XXXX-XXXX-XXXX, 80 random bits) that enrols one new device for the units. */
    [[nodiscard]] virtual Result<QString> createEnrolmentCode(const QList<core::Id> &unitIds, qint64 validMs) = 0;
    /**
     * Enrols a new device with a code (case and dashes do not matter). Forbidden if the code is unknown, used or
     * expired, or if the device id is already known (a revoked device cannot come back this way).
     */
    [[nodiscard]] virtual Status redeemEnrolmentCode(const QString &code, const QString &deviceId) = 0;
    /** A revoked device is refused on every later call (ErrorCode::Forbidden). */
    [[nodiscard]] virtual Status revokeDevice(const QString &deviceId) = 0;
    [[nodiscard]] virtual Result<UploadResponse> applyUpload(const UploadRequest &request) = 0;
    [[nodiscard]] virtual Result<DownloadResponse> download(const DownloadRequest &request) = 0;
    /**
     * download() with each record as the store keeps it, for encode() to write as it is: DownloadItem::storedJson set
     * (checked to be one JSON object; a stored body that is not is an Integrity error naming its position) and
     * `record` left empty. What akten-central answers with; the device decodes and checks it as strictly as ever.
     */
    [[nodiscard]] virtual Result<DownloadResponse> downloadStored(const DownloadRequest &request) = 0;
    /** Records refused so far, for a manager: (device, seq, reason). */
    [[nodiscard]] virtual Result<QList<ItemResult>> rejectedFor(const QString &deviceId) = 0;
    /** Audit events stored although their author or unit was not valid when they arrived: (seq, flag). */
    [[nodiscard]] virtual Result<QList<ItemResult>> flaggedAuditFor(const QString &deviceId) = 0;
    /** The device's tamper alarms, open and decided, by seq. */
    [[nodiscard]] virtual Result<QList<TamperAlarm>> alarmsFor(const QString &deviceId) = 0;
    /** Decides every open tamper alarm of the device; returns how many. NotFound if it has none open. */
    [[nodiscard]] virtual Result<int> decideAlarms(const QString &deviceId, AlarmDecision decision) = 0;
    /** The store answers and its schema is current (akten-central's /healthz); else why not. */
    [[nodiscard]] virtual Status checkHealth() = 0;
};

} // namespace akten::sync
