// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"
#include "app/records/recordcheck.h"
#include "sync/server/auditintake.h"
#include "sync/server/centralledger.h"

#include <QHash>

#include <optional>

namespace akten::sync {

/**
 * One device's upload batch, inside the transaction CentralService opened (device checked, progress locked): every
 * record is judged against the current rights (looked up for the whole batch in two queries), its device, its key, the
 * tablet's own rules (records::RecordCheck: schema, types, sizes, invariants) and its references (each must be in the
 * unit's log or earlier in the batch, or a tablet of the unit could not apply it). Audit events are history: never
 * refused for rights or references (stored and flagged instead when the author or unit is not valid now), but followed
 * through the device's hash chain with their content hash recomputed (AuditIntake). Accepted records are appended to
 * the log in one go and refused ones kept on the rejected shelf in another (COPY on PostgreSQL); a record at or
 * below the acknowledged seq is a duplicate only if identical. A record about a resident whose case is closed (a
 * case_closure in the log or earlier in the batch) is refused with 'closed case: <table>', as the tablets' own guard
 * says; audit events are still taken. Answers per record.
 */
class UploadBatch
{
public:
    UploadBatch(CentralLedger &ledger, records::RecordCheck &check, const core::Clock &clock, QString deviceId,
        QList<QString> deviceUnits);

    [[nodiscard]] Result<UploadResponse> apply(const UploadRequest &request, qint64 ackedBefore);

private:
    struct Verdict
    {
        QString unitId;
        QString rejection; ///< empty = accepted
        QString flag; ///< an accepted audit event whose author or unit is not valid now
    };
    [[nodiscard]] Result<Verdict> judge(qint64 deviceSeq, const QJsonObject &record);
    [[nodiscard]] Result<Verdict> judgeAudit(qint64 deviceSeq, const QJsonObject &record);
    /** Why a tablet of `unit` could not apply the record (the tablet's rules, its references), or empty. */
    [[nodiscard]] Result<QString> tabletRefusal(const QJsonObject &record, const QString &unit);
    [[nodiscard]] Result<ItemResult> earlier(const UploadItem &item);
    /** Looks up the rights for every resident and author the new records name, in two queries. */
    [[nodiscard]] Status lookUpRights(const UploadRequest &request, qint64 ackedBefore);

    CentralLedger &m_ledger;
    records::RecordCheck &m_check;
    const core::Clock &m_clock;
    QString m_deviceId;
    QList<QString> m_units;
    QHash<QString, QString> m_residentUnits; ///< resident → unit, for the residents the batch names that exist
    QSet<QString> m_activeStaff; ///< "staff unit" for the authors the batch names, active staff of the unit now
    QSet<QString> m_closed; ///< the residents the batch names whose case is closed (before or earlier in the batch)
    AuditIntake m_audit;
    QSet<QString> m_batchKeys; ///< "kind key unit" of the records accepted so far in this batch
};

} // namespace akten::sync
