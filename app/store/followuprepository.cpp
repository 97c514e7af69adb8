// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/followuprepository.h"

#include "app/store/database.h"
#include "app/store/rowcodec.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace akten::store {

FollowUpRepository::FollowUpRepository(Database &db)
    : m_db(db)
{ }

Status FollowUpRepository::add(const core::PlanFollowUpRecord &followUp)
{
    if (!followUp.outcome || !core::checkFollowUp(followUp).isEmpty() || !followUp.date.isValid()) {
        return Error { ErrorCode::InvalidInput, u"the follow-up is not complete"_s };
    }
    auto statement
        = m_db.prepare(u"INSERT INTO plan_follow_ups (id, author_id, device_id, hlc, wall_ms, resident_id, "
                       "revision_id, follow_up_date, outcome, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!statement) {
        return statement.error();
    }
    Statement &s = statement.value();
    bindMeta(s, 1, followUp.meta);
    bindId(s, 6, followUp.residentId);
    bindId(s, 7, followUp.revisionId);
    bindDate(s, 8, followUp.date);
    s.bind(9, core::toCode(*followUp.outcome));
    s.bind(10, QString::fromUtf8(QJsonDocument(core::encodeFollowUpBody(followUp)).toJson(QJsonDocument::Compact)));
    return s.run();
}

Result<QList<core::PlanFollowUpRecord>> FollowUpRepository::forResident(const core::Id &residentId) const
{
    return queryList<core::PlanFollowUpRecord>(m_db,
        u"SELECT id, author_id, device_id, hlc, wall_ms, resident_id, revision_id, follow_up_date, outcome, body "
        "FROM plan_follow_ups WHERE resident_id = ? ORDER BY follow_up_date, hlc"_s,
        { core::idToString(residentId) }, u"plan_follow_ups"_s, [](RowReader &r) {
            core::PlanFollowUpRecord f;
            f.meta = r.meta(0);
            f.residentId = r.id(5);
            f.revisionId = r.id(6);
            f.date = r.date(7);
            f.outcome = core::followUpOutcomeFromCode(r.text(8));
            const auto body = QJsonDocument::fromJson(r.text(9).toUtf8()).object();
            if (!core::decodeFollowUpBody(body, f)) {
                f.goals.clear(); // a body from a newer version: the date and outcome still count
            }
            return f;
        });
}

} // namespace akten::store
