// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/caseclosurerepository.h"

#include "app/store/database.h"
#include "app/store/rowcodec.h"

using namespace Qt::StringLiterals;

namespace akten::store {

CaseClosureRepository::CaseClosureRepository(Database &db)
    : m_db(db)
{ }

Status CaseClosureRepository::add(const core::CaseClosure &closure)
{
    if (!closure.closedOn.isValid() || closure.finalNoteId.isNull()) {
        return Error { ErrorCode::InvalidInput, u"a closure needs its date and its final note"_s };
    }
    auto statement
        = m_db.prepare(u"INSERT INTO case_closures (id, author_id, device_id, hlc, wall_ms, resident_id, "
                       "closed_on, reason, reason_text, final_note_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, closure.meta);
    bindId(s, 6, closure.residentId);
    bindDate(s, 7, closure.closedOn);
    s.bind(8, core::toCode(closure.reason));
    s.bind(9, closure.reasonText.trimmed());
    bindId(s, 10, closure.finalNoteId);
    return s.run();
}

Result<std::optional<core::CaseClosure>> CaseClosureRepository::closure(const core::Id &residentId) const
{
    auto list = queryList<core::CaseClosure>(m_db,
        u"SELECT id, author_id, device_id, hlc, wall_ms, resident_id, closed_on, reason, reason_text, final_note_id "
        "FROM case_closures WHERE resident_id = ? ORDER BY hlc LIMIT 1"_s,
        core::idToString(residentId), u"case_closures"_s, [](RowReader &r) {
            core::CaseClosure c;
            c.meta = r.meta(0);
            c.residentId = r.id(5);
            c.closedOn = r.date(6);
            c.reason = core::closureReasonFromCode(r.text(7)).value_or(core::ClosureReason::Other);
            c.reasonText = r.text(8);
            c.finalNoteId = r.id(9);
            return c;
        });
    if (!list) {
        return list.error();
    }
    return list.value().isEmpty() ? std::optional<core::CaseClosure>() : std::optional(list.value().constFirst());
}

Result<QSet<core::Id>> CaseClosureRepository::closedResidents() const
{
    auto list = queryList<core::Id>(m_db, u"SELECT DISTINCT resident_id FROM case_closures"_s, QString(),
        u"case_closures"_s, [](RowReader &r) { return r.id(0); });
    if (!list) {
        return list.error();
    }
    return QSet<core::Id>(list.value().cbegin(), list.value().cend());
}

} // namespace akten::store
