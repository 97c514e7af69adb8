// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/clock.h"
#include "store/database.h"
#include "sync/server/centralstore.h"

#include <memory>

namespace akten::store {
class KeyProvider;
}

namespace akten::sync {

/**
 * The default central store for one site: an encrypted SQLCipher file (DIR/central.db, data key wrapped by the
 * KeyProvider in DIR/datakey.wrapped, exactly like a device store), migrations in sync/server/migrations. No other
 * service needed. Same thread as the caller.
 */
class EmbeddedCentralStore final : public CentralStore
{
public:
    /** Opens DIR's central store, creating it (and its data key) if DIR holds none. */
    [[nodiscard]] static Result<std::unique_ptr<EmbeddedCentralStore>> open(
        const QString &dir, store::KeyProvider &keys, const core::Clock &clock);

    Status setRights(const RightsSnapshot &rights) override;
    Status enrolDevice(const QString &deviceId, const QList<core::Id> &unitIds) override;
    Status revokeDevice(const QString &deviceId) override;
    Result<UploadResponse> applyUpload(const UploadRequest &request) override;
    Result<DownloadResponse> download(const DownloadRequest &request) override;
    Result<QList<ItemResult>> rejectedFor(const QString &deviceId) override;

private:
    EmbeddedCentralStore(store::Database db, const core::Clock &clock);
    /** The device's units, or Forbidden if it is unknown or revoked. */
    [[nodiscard]] Result<QList<QString>> deviceUnits(const QString &deviceId);
    /** Where a record belongs, or why it may not be stored (current rights, its device, the audit chain). */
    struct Verdict
    {
        QString unitId;
        QString rejection; ///< empty = accepted
    };
    [[nodiscard]] Result<Verdict> judge(
        const QString &deviceId, const QList<QString> &deviceUnits, const QJsonObject &record);
    [[nodiscard]] Status advanceAuditHead(const QString &deviceId, const QJsonObject &row);
    [[nodiscard]] Result<ItemStatus> storedAs(const QString &deviceId, qint64 seq, const QJsonObject &record);

    store::Database m_db;
    const core::Clock &m_clock;
};

} // namespace akten::sync
