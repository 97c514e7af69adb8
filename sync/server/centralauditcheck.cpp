// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "sync/server/centralauditcheck.h"

#include "app/core/audit.h"
#include "app/store/auditrow.h"
#include "app/store/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace akten::sync {
namespace {

struct Link
{
    qint64 seq = 0;
    QByteArray hash;
};

} // namespace

Result<qint64> checkCentralAuditChains(store::Database &db)
{
    // A device's audit events reach its outbox in chain order, so device_seq orders them as seq does.
    auto events = db.prepare(
        u"SELECT device_id, body FROM records WHERE kind = 'audit_event' ORDER BY device_id, device_seq"_s);
    if (!events) {
        return events.error();
    }
    QHash<QString, Link> last;
    qint64 checked = 0;
    for (auto row = events.value().step(); row; row = events.value().step()) {
        if (!row.value()) {
            break;
        }
        const QString device = events.value().text(0);
        const QJsonObject record = QJsonDocument::fromJson(events.value().text(1).toUtf8()).object();
        const auto event = store::auditEventFromRow(record.value("row"_L1).toObject());
        if (!event || core::computeAuditHash(event.value()) != event.value().hash) {
            return Error {
                ErrorCode::Integrity,
                u"audit event %1 of device %2 does not match its hash"_s.arg(event ? event.value().seq : 0).arg(device)
            };
        }
        const Link previous = last.value(device);
        if (previous.seq == event.value().seq - 1 && previous.seq > 0 && previous.hash != event.value().prevHash) {
            return Error { ErrorCode::Integrity,
                u"the audit chain of device %1 is broken at seq %2"_s.arg(device).arg(event.value().seq) };
        }
        last.insert(device, { event.value().seq, event.value().hash });
        ++checked;
    }
    auto heads = db.prepare(u"SELECT device_id, seq, hash FROM audit_heads"_s);
    if (!heads) {
        return heads.error();
    }
    for (auto row = heads.value().step(); row && row.value(); row = heads.value().step()) {
        const Link stored = last.value(heads.value().text(0));
        const qint64 seq = heads.value().int64(1);
        if (stored.seq > seq
            || (stored.seq == seq && seq > 0
                && QByteArray::fromBase64(heads.value().text(2).toLatin1()) != stored.hash)) {
            return Error { ErrorCode::Integrity,
                u"the audit chain head of device %1 does not match its events"_s.arg(heads.value().text(0)) };
        }
    }
    return checked;
}

} // namespace akten::sync
