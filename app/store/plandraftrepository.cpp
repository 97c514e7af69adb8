// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/plandraftrepository.h"

#include "app/core/plancodec.h"
#include "app/store/database.h"
#include "app/store/rowcodec.h"

using namespace Qt::StringLiterals;

namespace akten::store {

PlanDraftRepository::PlanDraftRepository(Database &db)
    : m_db(db)
{ }

Status PlanDraftRepository::save(const core::Id &authorId, const core::Id &residentId, const PlanDraft &draft)
{
    auto statement = m_db.prepare(
        u"INSERT INTO plan_drafts (author_id, resident_id, base_id, decision_id, updated_ms, body) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(author_id, resident_id) DO UPDATE SET base_id = excluded.base_id, "
        "decision_id = excluded.decision_id, updated_ms = excluded.updated_ms, body = excluded.body"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindId(s, 1, authorId);
    bindId(s, 2, residentId);
    s.bind(3, draft.baseId.isNull() ? QString() : core::idToString(draft.baseId));
    s.bind(4, draft.decisionId.isNull() ? QString() : core::idToString(draft.decisionId));
    s.bind(5, draft.updatedMs).bind(6, QString::fromUtf8(core::encodePlanBody(draft.plan)));
    return s.run();
}

Result<std::optional<PlanDraft>> PlanDraftRepository::draft(const core::Id &authorId, const core::Id &residentId) const
{
    std::optional<Error> bodyError;
    auto rows = queryList<PlanDraft>(m_db,
        u"SELECT base_id, decision_id, updated_ms, body FROM plan_drafts WHERE author_id = ? AND resident_id = ?"_s,
        QStringList { core::idToString(authorId), core::idToString(residentId) }, u"plan_drafts"_s, [&](RowReader &r) {
            PlanDraft d;
            d.baseId = core::idFromString(r.text(0));
            d.decisionId = core::idFromString(r.text(1));
            d.updatedMs = r.int64(2);
            if (auto decoded = core::decodePlanBody(r.text(3).toUtf8(), d.plan); !decoded && !bodyError) {
                bodyError = decoded.error();
            }
            return d;
        });
    if (!rows) {
        return rows.error();
    }
    if (bodyError) {
        return *bodyError;
    }
    if (rows.value().isEmpty()) {
        return std::optional<PlanDraft>();
    }
    return std::optional(rows.value().constFirst());
}

Status PlanDraftRepository::remove(const core::Id &authorId, const core::Id &residentId)
{
    auto statement = m_db.prepare(u"DELETE FROM plan_drafts WHERE author_id = ? AND resident_id = ?"_s);
    if (!statement) {
        return statement.error();
    }
    bindId(statement.value(), 1, authorId);
    bindId(statement.value(), 2, residentId);
    return statement.value().run();
}

} // namespace akten::store
