// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/auditlog.h"

#include "app/store/database.h"
#include "app/store/rowcodec.h"

#include <QScopeGuard>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

constexpr auto kSelect = "SELECT id, author_id, device_id, hlc, wall_ms, seq, staff_role, resident_id, unit_id, "
                         "action, detail, prev_hash, hash FROM audit_events";

core::AuditEvent readEvent(RowReader &r)
{
    core::AuditEvent event;
    event.meta = r.meta(0);
    event.seq = r.int64(5);
    event.staffRole = r.text(6);
    event.residentId = r.optionalId(7);
    event.unitId = r.optionalId(8);
    event.action = r.text(9);
    event.detail = r.text(10);
    event.prevHash = r.blob(11);
    event.hash = r.blob(12);
    return event;
}

Result<QList<core::AuditEvent>> select(Database &db, const QString &where, const QStringList &params)
{
    return queryList<core::AuditEvent>(db, u"%1 %2 ORDER BY device_id, seq"_s.arg(QLatin1String(kSelect), where),
        params, u"audit_events"_s, readEvent);
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{ }

Result<core::AuditEvent> AuditLog::append(core::AuditEvent event)
{
    if (!m_db.inTransaction()) {
        // Outside one, the event and its chain head would commit separately: a failure between them (another
        // connection's write, a full disk) would leave the chain pointing before an event that exists.
        return Error { ErrorCode::Internal, u"an audit event must be appended inside a transaction"_s };
    }
    auto head = m_db.prepare(u"SELECT seq, hash FROM audit_head WHERE device_id = ?"_s);
    if (!head) {
        return head.error();
    }
    head.value().bind(1, event.meta.deviceId);
    auto row = head.value().step();
    if (!row) {
        return row.error();
    }
    const bool first = !row.value();
    event.seq = first ? 1 : head.value().int64(0) + 1;
    event.prevHash = first ? QByteArray(32, '\0') : head.value().blob(1);
    event.hash = core::computeAuditHash(event);

    auto insert = m_db.prepare(u"INSERT INTO audit_events (id, author_id, device_id, hlc, wall_ms, seq, staff_role, "
                               "resident_id, unit_id, action, detail, prev_hash, hash) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert) {
        return insert.error();
    }
    Statement &s = insert.value();
    bindMeta(s, 1, event.meta);
    s.bind(6, event.seq).bind(7, event.staffRole);
    bindId(s, 8, event.residentId.value_or(core::Id {}));
    bindId(s, 9, event.unitId.value_or(core::Id {}));
    s.bind(10, event.action).bind(11, event.detail.isNull() ? u""_s : event.detail);
    s.bind(12, event.prevHash).bind(13, event.hash);
    if (auto inserted = s.run(); !inserted) {
        return inserted.error();
    }
    auto advance = m_db.prepare(first ? u"INSERT INTO audit_head (seq, hash, device_id) VALUES (?, ?, ?)"_s
                                      : u"UPDATE audit_head SET seq = ?, hash = ? WHERE device_id = ?"_s);
    if (!advance) {
        return advance.error();
    }
    if (auto moved = advance.value().bind(1, event.seq).bind(2, event.hash).bind(3, event.meta.deviceId).run();
        !moved) {
        return moved.error();
    }
    return event;
}

Result<QList<core::AuditEvent>> AuditLog::events(const AuditFilter &filter) const
{
    QStringList conditions;
    QStringList params;
    if (filter.residentId) {
        conditions << u"resident_id = ?"_s;
        params << core::idToString(*filter.residentId);
    }
    if (filter.staffId) {
        conditions << u"author_id = ?"_s;
        params << core::idToString(*filter.staffId);
    }
    if (filter.sinceWallMs) {
        conditions << u"wall_ms >= CAST(? AS INTEGER)"_s;
        params << QString::number(*filter.sinceWallMs);
    }
    if (!filter.actionPrefix.isEmpty()) {
        conditions << u"substr(action, 1, length(?1)) = ?1"_s.replace(u"?1"_s, u"?%1"_s.arg(params.size() + 1));
        params << filter.actionPrefix;
    }
    return select(m_db, conditions.isEmpty() ? QString() : u"WHERE "_s + conditions.join(u" AND "_s), params);
}

Status AuditLog::verify() const
{
    // One snapshot for the events and their heads: another connection (the UI thread's, while the sync thread
    // verifies) may append between two reads, and a head read after the events would say events were removed.
    const bool own = !m_db.inTransaction();
    if (own) {
        if (auto begun = m_db.exec(u"BEGIN"_s); !begun) {
            return begun;
        }
    }
    const auto end = qScopeGuard([&] {
        if (own) {
            (void)m_db.exec(u"ROLLBACK"_s); // read only: nothing to keep
        }
    });
    return verifyChains();
}

Status AuditLog::verifyChains() const
{
    auto all = select(m_db, {}, {});
    if (!all) {
        return all.error();
    }
    QMap<QString, QList<core::AuditEvent>> byDevice;
    for (const core::AuditEvent &event : all.value()) {
        byDevice[event.meta.deviceId].append(event);
    }
    auto heads = queryList<QPair<QString, QPair<qint64, QByteArray>>>(m_db,
        u"SELECT device_id, seq, hash FROM audit_head"_s, QStringList(), u"audit_head"_s,
        [](RowReader &r) { return qMakePair(r.text(0), qMakePair(r.int64(1), QByteArray())); });
    if (!heads) {
        return heads.error();
    }
    auto headHashes = m_db.prepare(u"SELECT hash FROM audit_head WHERE device_id = ?"_s);
    if (!headHashes) {
        return headHashes.error();
    }
    for (const auto &[device, head] : heads.value()) {
        headHashes.value().reset();
        headHashes.value().bind(1, device);
        auto row = headHashes.value().step();
        if (!row || !row.value()) {
            return Error { ErrorCode::Integrity, u"audit head of device %1 unreadable"_s.arg(device) };
        }
        const QByteArray headHash = headHashes.value().blob(0);
        if (auto problem = core::verifyAuditChain(byDevice.value(device), head.first, headHash)) {
            return Error {
                ErrorCode::Integrity,
                u"audit chain broken on device %1 at seq %2: %3"_s.arg(device).arg(problem->seq).arg(problem->message)
            };
        }
        byDevice.remove(device);
    }
    if (!byDevice.isEmpty()) {
        return Error { ErrorCode::Integrity,
            u"audit events of device %1 have no head anchor"_s.arg(byDevice.firstKey()) };
    }
    return {};
}

} // namespace akten::store
