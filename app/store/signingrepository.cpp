// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/signingrepository.h"

#include "app/store/database.h"
#include "app/store/rowcodec.h"

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

QString utcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

constexpr auto kSignatureColumns = "id, author_id, device_id, hlc, wall_ms, resident_id, activity_id, "
                                   "plan_revision_id, planned_for, outcome, reason, delegated_hsl, reason_code, late";
constexpr auto kRetractionColumns = "id, author_id, device_id, hlc, wall_ms, signature_id, resident_id, reason, "
                                    "reason_code";

core::Signature readSignature(RowReader &r)
{
    return core::Signature { r.meta(0), r.id(5), r.id(6), r.id(7), r.utc(8), r.code<core::SignatureOutcome>(9),
        r.text(10), r.flag(11), r.code<core::NotDoneReason>(12), r.flag(13) };
}

core::SignatureRetraction readRetraction(RowReader &r)
{
    return core::SignatureRetraction { r.meta(0), r.id(5), r.id(6), r.text(7), r.code<core::RetractionReason>(8) };
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
                                  "activity_id, plan_revision_id, planned_for, outcome, reason, delegated_hsl, "
                                  "reason_code, late) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
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
    s.bind(13, core::toCode(signature.reasonCode)).bind(14, signature.late ? 1 : 0);
    return s.run();
}

Status SigningRepository::appendRetraction(const core::SignatureRetraction &retraction)
{
    auto statement = m_db.prepare(u"INSERT INTO signature_retractions (id, author_id, device_id, hlc, wall_ms, "
                                  "signature_id, resident_id, reason, reason_code) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? "
                                  "WHERE EXISTS (SELECT 1 FROM signatures WHERE id = ?6 AND resident_id = ?7)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, retraction.meta);
    bindId(s, 6, retraction.signatureId);
    bindId(s, 7, retraction.residentId);
    s.bind(8, retraction.reason).bind(9, core::toCode(retraction.reasonCode));
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
        u"SELECT %1 FROM signatures WHERE resident_id = ? AND planned_for >= ? AND planned_for < ? "
        "ORDER BY planned_for, hlc"_s.arg(QLatin1String(kSignatureColumns)),
        QStringList { core::idToString(residentId), utcText(from), utcText(to) }, u"signatures"_s, readSignature);
}

Result<QList<core::Signature>> SigningRepository::signaturesBetween(const QDateTime &from, const QDateTime &to) const
{
    return queryList<core::Signature>(m_db,
        u"SELECT %1 FROM signatures WHERE planned_for >= ? AND planned_for < ? ORDER BY planned_for, hlc"_s.arg(
            QLatin1String(kSignatureColumns)),
        QStringList { utcText(from), utcText(to) }, u"signatures"_s, readSignature);
}

Result<std::optional<core::Signature>> SigningRepository::signature(const core::Id &id) const
{
    auto found = queryList<core::Signature>(m_db,
        u"SELECT %1 FROM signatures WHERE id = ?"_s.arg(QLatin1String(kSignatureColumns)), core::idToString(id),
        u"signatures"_s, readSignature);
    if (!found) {
        return found.error();
    }
    return found.value().isEmpty() ? std::nullopt : std::optional(found.value().constFirst());
}

Result<QList<core::SignatureRetraction>> SigningRepository::retractions(const core::Id &residentId) const
{
    return queryList<core::SignatureRetraction>(m_db,
        u"SELECT %1 FROM signature_retractions WHERE resident_id = ? ORDER BY hlc"_s.arg(
            QLatin1String(kRetractionColumns)),
        core::idToString(residentId), u"signature_retractions"_s, readRetraction);
}

Result<QList<core::SignatureRetraction>> SigningRepository::retractionsBetween(
    const QDateTime &from, const QDateTime &to) const
{
    return queryList<core::SignatureRetraction>(m_db,
        u"SELECT %1 FROM signature_retractions r WHERE r.signature_id IN (SELECT id FROM signatures "
        "WHERE planned_for >= ? AND planned_for < ?) ORDER BY r.hlc"_s.arg(u"r.id, r.author_id, r.device_id, r.hlc, "
                                                                           "r.wall_ms, r.signature_id, r.resident_id, "
                                                                           "r.reason, r.reason_code"_s),
        QStringList { utcText(from), utcText(to) }, u"signature_retractions"_s, readRetraction);
}

} // namespace akten::store
