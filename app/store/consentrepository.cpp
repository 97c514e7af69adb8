// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "store/consentrepository.h"

#include "store/database.h"
#include "store/rowcodec.h"

using namespace Qt::StringLiterals;

namespace akten::store {

ConsentRepository::ConsentRepository(Database &db)
    : m_db(db)
{ }

Status ConsentRepository::appendConsent(const core::ConsentEvent &event)
{
    auto statement = m_db.prepare(u"INSERT INTO consent_events (id, author_id, device_id, hlc, wall_ms, resident_id, "
                                  "action, recipient, scope, valid_from, valid_to, given_by) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
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

Result<QList<core::ConsentEvent>> ConsentRepository::consents(const core::Id &residentId) const
{
    return queryList<core::ConsentEvent>(m_db,
        u"SELECT id, author_id, device_id, hlc, wall_ms, resident_id, action, recipient, scope, valid_from, "
        "valid_to, given_by FROM consent_events WHERE resident_id = ? ORDER BY hlc"_s,
        core::idToString(residentId), u"consent_events"_s, [](RowReader &r) {
            return core::ConsentEvent { r.meta(0), r.id(5), r.code<core::ConsentAction>(6), r.text(7), r.text(8),
                r.date(9), r.optionalDate(10), r.text(11) };
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

} // namespace akten::store
