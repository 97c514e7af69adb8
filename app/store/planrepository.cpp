// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/planrepository.h"

#include "app/core/plancodec.h"
#include "app/store/database.h"
#include "app/store/rowcodec.h"

using namespace Qt::StringLiterals;

namespace akten::store {
namespace {

constexpr auto kSelect = "SELECT id, author_id, device_id, hlc, wall_ms, resident_id, decision_id, status, "
                         "established_on, next_follow_up, body FROM plan_revisions";

} // namespace

PlanRepository::PlanRepository(Database &db)
    : m_db(db)
{ }

Status PlanRepository::append(const core::PlanRevision &revision)
{
    for (const core::Id &parent : revision.parentIds) {
        auto owner = queryList<core::Id>(m_db, u"SELECT resident_id FROM plan_revisions WHERE id = ?"_s,
            core::idToString(parent), u"plan_revisions"_s, [](RowReader &r) { return r.id(0); });
        if (!owner) {
            return owner.error();
        }
        if (owner.value().isEmpty() || owner.value().constFirst() != revision.residentId) {
            return Error { ErrorCode::InvalidInput,
                u"plan revision names a parent that is not this resident's plan"_s };
        }
    }
    auto statement = m_db.prepare(u"INSERT INTO plan_revisions (id, author_id, device_id, hlc, wall_ms, resident_id, "
                                  "decision_id, status, established_on, next_follow_up, body) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, revision.meta);
    bindId(s, 6, revision.residentId);
    bindId(s, 7, revision.decisionId);
    s.bind(8, core::toCode(revision.status));
    bindOptionalDate(s, 9, revision.establishedOn.isValid() ? std::optional(revision.establishedOn) : std::nullopt);
    bindOptionalDate(s, 10, revision.nextFollowUp.isValid() ? std::optional(revision.nextFollowUp) : std::nullopt);
    s.bind(11, QString::fromUtf8(core::encodePlanBody(revision)));
    if (auto inserted = s.run(); !inserted) {
        return inserted;
    }
    auto link = m_db.prepare(u"INSERT INTO plan_parents (revision_id, parent_id) VALUES (?, ?)"_s);
    if (!link) {
        return link.error();
    }
    for (const core::Id &parent : revision.parentIds) {
        bindId(link.value(), 1, revision.meta.id);
        bindId(link.value(), 2, parent);
        if (auto linked = link.value().run(); !linked) {
            return linked;
        }
    }
    return {};
}

Result<QList<core::PlanRevision>> PlanRepository::revisions(const core::Id &residentId) const
{
    std::optional<Error> bodyError;
    auto rows
        = queryList<core::PlanRevision>(m_db, u"%1 WHERE resident_id = ? ORDER BY hlc"_s.arg(QLatin1String(kSelect)),
            core::idToString(residentId), u"plan_revisions"_s, [&](RowReader &r) {
                core::PlanRevision plan;
                plan.meta = r.meta(0);
                plan.residentId = r.id(5);
                plan.decisionId = r.id(6);
                plan.status = r.code<core::PlanStatus>(7);
                plan.establishedOn = r.optionalDate(8).value_or(QDate());
                plan.nextFollowUp = r.optionalDate(9).value_or(QDate());
                if (auto decoded = core::decodePlanBody(r.text(10).toUtf8(), plan); !decoded && !bodyError) {
                    bodyError = Error { ErrorCode::Integrity, decoded.error().message };
                }
                return plan;
            });
    if (!rows) {
        return rows;
    }
    if (bodyError) {
        return *bodyError;
    }
    for (core::PlanRevision &plan : rows.value()) {
        auto parents = queryList<core::Id>(m_db,
            u"SELECT parent_id FROM plan_parents WHERE revision_id = ? "
            "ORDER BY parent_id"_s,
            core::idToString(plan.meta.id), u"plan_parents"_s, [](RowReader &r) { return r.id(0); });
        if (!parents) {
            return parents.error();
        }
        plan.parentIds = parents.value();
    }
    return rows;
}

Result<QList<core::PlanRevision>> PlanRepository::heads(const core::Id &residentId) const
{
    auto all = revisions(residentId);
    if (!all) {
        return all;
    }
    QSet<core::Id> parents;
    for (const core::PlanRevision &plan : all.value()) {
        for (const core::Id &parent : plan.parentIds) {
            parents.insert(parent);
        }
    }
    QList<core::PlanRevision> heads;
    for (const core::PlanRevision &plan : all.value()) {
        if (!parents.contains(plan.meta.id)) {
            heads.append(plan);
        }
    }
    return heads;
}

Result<qint64> PlanRepository::residentsInConflict() const
{
    auto counted = queryList<qint64>(m_db,
        u"SELECT count(*) FROM (SELECT resident_id FROM plan_revisions r WHERE NOT EXISTS "
        "(SELECT 1 FROM plan_parents p WHERE p.parent_id = r.id) GROUP BY resident_id HAVING count(*) > 1)"_s,
        QString(), u"plan_revisions"_s, [](RowReader &r) { return r.int64(0); });
    if (!counted) {
        return counted.error();
    }
    return counted.value().value(0);
}

} // namespace akten::store
