// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "store/signingrepository.h"

#include "store/database.h"
#include "store/rowcodec.h"

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

} // namespace

SigningRepository::SigningRepository(Database &db)
    : m_db(db)
{ }

Status SigningRepository::append(const core::Signature &signature)
{
    if (signature.outcome == core::SignatureOutcome::NotDone && signature.reason.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput, u"a not-done signature needs a reason"_s };
    }
    auto statement = m_db.prepare(u"INSERT INTO signatures (id, author_id, device_id, hlc, wall_ms, resident_id, "
                                  "activity_id, plan_revision_id, planned_for, outcome, reason, delegated_hsl) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, signature.meta);
    bindId(s, 6, signature.residentId);
    bindId(s, 7, signature.activityId);
    bindId(s, 8, signature.planRevisionId);
    s.bind(9, utcText(signature.plannedFor)).bind(10, core::toCode(signature.outcome));
    s.bind(11, signature.reason.isNull() ? u""_s : signature.reason).bind(12, signature.delegatedHsl ? 1 : 0);
    return s.run();
}

Status SigningRepository::appendRetraction(const core::SignatureRetraction &retraction)
{
    auto statement = m_db.prepare(u"INSERT INTO signature_retractions (id, author_id, device_id, hlc, wall_ms, "
                                  "signature_id, resident_id, reason) SELECT ?, ?, ?, ?, ?, ?, ?, ? "
                                  "WHERE EXISTS (SELECT 1 FROM signatures WHERE id = ?6 AND resident_id = ?7)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, retraction.meta);
    bindId(s, 6, retraction.signatureId);
    bindId(s, 7, retraction.residentId);
    s.bind(8, retraction.reason);
    if (auto inserted = s.run(); !inserted) {
        return inserted;
    }
    if (m_db.changes() != 1) {
        return Error { ErrorCode::InvalidInput, u"a retraction must point at a signature of the same resident"_s };
    }
    return {};
}

Result<QList<core::Signature>> SigningRepository::signatures(
    const core::Id &residentId, const QDateTime &from, const QDateTime &to) const
{
    return queryList<core::Signature>(m_db,
        u"SELECT id, author_id, device_id, hlc, wall_ms, resident_id, activity_id, plan_revision_id, planned_for, "
        "outcome, reason, delegated_hsl FROM signatures WHERE resident_id = ? AND planned_for >= ? AND planned_for < ? "
        "ORDER BY planned_for, hlc"_s,
        QStringList { core::idToString(residentId), utcText(from), utcText(to) }, u"signatures"_s, [](RowReader &r) {
            return core::Signature { r.meta(0), r.id(5), r.id(6), r.id(7), r.utc(8), r.code<core::SignatureOutcome>(9),
                r.text(10), r.flag(11) };
        });
}

Result<QList<core::SignatureRetraction>> SigningRepository::retractions(const core::Id &residentId) const
{
    return queryList<core::SignatureRetraction>(m_db,
        u"SELECT id, author_id, device_id, hlc, wall_ms, signature_id, resident_id, reason "
        "FROM signature_retractions WHERE resident_id = ? ORDER BY hlc"_s,
        core::idToString(residentId), u"signature_retractions"_s, [](RowReader &r) {
            return core::SignatureRetraction { r.meta(0), r.id(5), r.id(6), r.text(7) };
        });
}

} // namespace akten::store
