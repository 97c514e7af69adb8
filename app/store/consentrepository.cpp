// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/consentrepository.h"

#include "app/core/consentrules.h"
#include "app/core/releaserules.h"
#include "app/store/database.h"
#include "app/store/rowcodec.h"

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

template<typename E> void bindCode(Statement &s, int index, const std::optional<E> &value)
{
    if (value) {
        s.bind(index, core::toCode(*value));
    } else {
        s.bindNull(index);
    }
}

template<typename E> std::optional<E> optionalCode(RowReader &r, int column)
{
    return r.isNull(column) ? std::nullopt : std::optional<E>(r.code<E>(column));
}

core::Id idOrNull(RowReader &r, int column)
{
    return r.optionalId(column).value_or(core::Id());
}

} // namespace

ConsentRepository::ConsentRepository(Database &db)
    : m_db(db)
{ }

Status ConsentRepository::appendConsent(const core::ConsentEvent &event)
{
    auto statement = m_db.prepare(u"INSERT INTO consent_events (id, author_id, device_id, hlc, wall_ms, resident_id, "
                                  "action, recipient, scope, valid_from, valid_to, given_by, given_by_kind, mandate, "
                                  "form, recipient_unit_id, covers_plan, revokes_id) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, event.meta);
    bindId(s, 6, event.residentId);
    s.bind(7, core::toCode(event.action)).bind(8, event.recipient).bind(9, event.scope);
    bindDate(s, 10, event.validFrom);
    bindOptionalDate(s, 11, event.validTo);
    s.bind(12, event.givenBy);
    bindCode(s, 13, event.givenByKind);
    if (event.mandate.isEmpty()) {
        s.bindNull(14);
    } else {
        s.bind(14, event.mandate);
    }
    bindCode(s, 15, event.form);
    bindId(s, 16, event.recipientUnitId);
    s.bind(17, event.coversPlan ? 1 : 0);
    bindId(s, 18, event.revokesId);
    return s.run();
}

Status ConsentRepository::appendRelease(const core::ReleaseRecord &record)
{
    auto statement = m_db.prepare(u"INSERT INTO release_records (id, author_id, device_id, hlc, wall_ms, resident_id, "
                                  "recipient, covers, released_on, recipient_verified, harm_review_done) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, record.meta);
    bindId(s, 6, record.residentId);
    s.bind(7, record.recipient).bind(8, record.covers);
    bindDate(s, 9, record.releasedOn);
    s.bind(10, record.recipientVerified ? 1 : 0).bind(11, record.harmReviewDone ? 1 : 0);
    return s.run();
}

Status ConsentRepository::appendReleaseEvent(const core::ReleaseEvent &e)
{
    auto statement = m_db.prepare(u"INSERT INTO release_events (id, author_id, device_id, hlc, wall_ms, resident_id, "
                                  "stage, request_id, requester, requester_kind, access, covers, requested_on, "
                                  "outcome, assessment, consent_id, recipient, recipient_checked, recipient_check, "
                                  "released_covers, reason, appeal_noted, decided_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                  "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, e.meta);
    bindId(s, 6, e.residentId);
    s.bind(7, core::toCode(e.stage));
    bindId(s, 8, e.requestId);
    // A request holds the request's columns, a decision the decision's (the table's CHECKs say which).
    const auto text = [&](int index, const QString &value, bool used) {
        used ? (void)s.bind(index, value) : (void)s.bindNull(index);
    };
    const bool request = e.stage == core::ReleaseStage::Request;
    text(9, e.requester, request);
    bindCode(s, 10, request ? std::optional(e.requesterKind) : std::nullopt);
    bindCode(s, 11, request ? std::optional(e.access) : std::nullopt);
    text(12, e.covers, request);
    bindDate(s, 13, request ? e.requestedOn : QDate());
    bindCode(s, 14, request ? std::nullopt : e.outcome);
    text(15, e.assessment, !request);
    bindId(s, 16, e.consentId);
    text(17, e.recipient, !request);
    request ? (void)s.bindNull(18) : (void)s.bind(18, e.recipientChecked ? 1 : 0);
    text(19, e.recipientCheck, !request);
    text(20, e.releasedCovers, !request);
    text(21, e.reason, !request);
    request ? (void)s.bindNull(22) : (void)s.bind(22, e.appealNoted ? 1 : 0);
    bindDate(s, 23, request ? QDate() : e.decidedOn);
    return s.run();
}

Result<QList<core::ConsentEvent>> ConsentRepository::consents(const core::Id &residentId) const
{
    return queryList<core::ConsentEvent>(m_db,
        u"SELECT id, author_id, device_id, hlc, wall_ms, resident_id, action, recipient, scope, valid_from, "
        "valid_to, given_by, given_by_kind, mandate, form, recipient_unit_id, covers_plan, revokes_id "
        "FROM consent_events WHERE resident_id = ? ORDER BY hlc"_s,
        core::idToString(residentId), u"consent_events"_s, [](RowReader &r) {
            core::ConsentEvent e { r.meta(0), r.id(5), r.code<core::ConsentAction>(6), r.text(7), r.text(8), r.date(9),
                r.optionalDate(10), r.text(11) };
            e.givenByKind = optionalCode<core::ConsentGiver>(r, 12);
            e.mandate = r.text(13);
            e.form = optionalCode<core::ConsentForm>(r, 14);
            e.recipientUnitId = idOrNull(r, 15);
            e.coversPlan = r.flag(16);
            e.revokesId = idOrNull(r, 17);
            return e;
        });
}

Result<QList<core::ReleaseRecord>> ConsentRepository::releases(const core::Id &residentId) const
{
    return queryList<core::ReleaseRecord>(m_db,
        u"SELECT id, author_id, device_id, hlc, wall_ms, resident_id, recipient, covers, released_on, "
        "recipient_verified, harm_review_done FROM release_records WHERE resident_id = ? ORDER BY hlc"_s,
        core::idToString(residentId), u"release_records"_s, [](RowReader &r) {
            return core::ReleaseRecord { r.meta(0), r.id(5), r.text(6), r.text(7), r.date(8), r.flag(9), r.flag(10) };
        });
}

Result<QList<core::ReleaseEvent>> ConsentRepository::releaseEvents(const core::Id &residentId) const
{
    return queryList<core::ReleaseEvent>(m_db,
        u"SELECT id, author_id, device_id, hlc, wall_ms, resident_id, stage, request_id, requester, requester_kind, "
        "access, covers, requested_on, outcome, assessment, consent_id, recipient, recipient_checked, "
        "recipient_check, released_covers, reason, appeal_noted, decided_on "
        "FROM release_events WHERE resident_id = ? ORDER BY hlc"_s,
        core::idToString(residentId), u"release_events"_s, [](RowReader &r) {
            core::ReleaseEvent e;
            e.meta = r.meta(0);
            e.residentId = r.id(5);
            e.stage = r.code<core::ReleaseStage>(6);
            e.requestId = idOrNull(r, 7);
            if (e.stage == core::ReleaseStage::Request) {
                e.requester = r.text(8);
                e.requesterKind = r.code<core::RequesterKind>(9);
                e.access = r.code<core::ReleaseAccess>(10);
                e.covers = r.text(11);
                e.requestedOn = r.date(12);
                return e;
            }
            e.outcome = r.code<core::ReleaseOutcome>(13);
            e.assessment = r.text(14);
            e.consentId = idOrNull(r, 15);
            e.recipient = r.text(16);
            e.recipientChecked = r.flag(17);
            e.recipientCheck = r.text(18);
            e.releasedCovers = r.text(19);
            e.reason = r.text(20);
            e.appealNoted = r.flag(21);
            e.decidedOn = r.date(22);
            return e;
        });
}

} // namespace akten::store
