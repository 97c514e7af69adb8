// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/store/signingday.h"

#include "app/core/caretime.h"
#include "app/core/plancodec.h"
#include "app/store/database.h"
#include "app/store/rowcodec.h"
#include "app/store/signingrepository.h"

#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::store {

SigningDayReader::SigningDayReader(Database &db)
    : m_db(db)
{ }

Status SigningDayReader::refreshPlans()
{
    auto version = queryList<QString>(m_db, u"SELECT count(*) || '/' || ifnull(max(hlc), '') FROM plan_revisions"_s,
        QString(), u"plan_revisions"_s, [](RowReader &r) { return r.text(0); });
    if (!version) {
        return version.error();
    }
    if (version.value().value(0) == m_plansVersion && !m_plansVersion.isEmpty()) {
        return {};
    }
    std::optional<Error> bodyError;
    auto rows = queryList<core::PlanRevision>(m_db,
        u"SELECT id, author_id, device_id, hlc, wall_ms, resident_id, decision_id, status, established_on, "
        "next_follow_up, body FROM plan_revisions ORDER BY hlc"_s,
        QString(), u"plan_revisions"_s, [&](RowReader &r) {
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
        return rows.error();
    }
    if (bodyError) {
        return *bodyError;
    }
    m_byId.clear();
    m_plansByResident.clear();
    for (core::PlanRevision &plan : rows.value()) {
        m_plansByResident[plan.residentId].append(std::move(plan));
    }
    for (const QList<core::PlanRevision> &plans : std::as_const(m_plansByResident)) {
        for (const core::PlanRevision &plan : plans) {
            m_byId.insert(plan.meta.id, &plan);
        }
    }
    m_plansVersion = version.value().value(0);
    return {};
}

Result<const core::PlanRevision *> SigningDayReader::planInForce(const core::Id &residentId, const QDate &day)
{
    if (auto refreshed = refreshPlans(); !refreshed) {
        return refreshed.error();
    }
    return cachedPlanInForce(residentId, day);
}

const core::PlanRevision *SigningDayReader::cachedPlanInForce(const core::Id &residentId, const QDate &day) const
{
    const auto found = m_plansByResident.constFind(residentId);
    if (found == m_plansByResident.cend()) {
        return nullptr;
    }
    for (auto it = found->crbegin(); it != found->crend(); ++it) {
        if (it->status == core::PlanStatus::Established && it->establishedOn.isValid() && it->establishedOn <= day) {
            return &*it; // the newest by HLC: a later revision (or the newer of two in conflict) replaces the rest
        }
    }
    return nullptr;
}

Result<const core::PlanRevision *> SigningDayReader::revision(const core::Id &revisionId)
{
    if (auto refreshed = refreshPlans(); !refreshed) {
        return refreshed.error();
    }
    return m_byId.value(revisionId, nullptr);
}

Result<QList<DayOccurrence>> SigningDayReader::read(const QList<core::Resident> &residents,
    const QHash<core::Id, core::SigningWindow> &windowByUnit, const QDate &day, qint64 nowMs,
    std::optional<qint64> timedFromMs)
{
    if (auto refreshed = refreshPlans(); !refreshed) {
        return refreshed.error();
    }
    // A timed occurrence's signatures are those planned for its instant, so from `timedFromMs` on they are all read.
    const qint64 fromMs = std::max(core::careInstantMs(day, QTime(0, 0)), timedFromMs.value_or(0));
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs, QTimeZone::utc());
    const QDateTime to
        = QDateTime::fromMSecsSinceEpoch(core::careInstantMs(day.addDays(1), QTime(0, 0)), QTimeZone::utc());
    SigningRepository signing(m_db);
    auto signatures = signing.signaturesBetween(from, to);
    if (!signatures) {
        return signatures.error();
    }
    auto retractions = signing.retractionsBetween(from, to);
    if (!retractions) {
        return retractions.error();
    }
    QSet<core::Id> retracted;
    for (const core::SignatureRetraction &r : retractions.value()) {
        retracted.insert(r.signatureId);
    }
    const QList<core::Signature> none;
    QHash<core::Id, QList<core::Signature>> byResident;
    for (const core::Signature &s : signatures.value()) {
        byResident[s.residentId].append(s);
    }
    // A closed case has no insatser from its closure on (domain.md D3): what was signed before stays on the list.
    auto closures = queryList<std::pair<QString, qint64>>(m_db,
        u"SELECT resident_id, min(wall_ms) FROM case_closures GROUP BY resident_id"_s, QString(), u"case_closures"_s,
        [](RowReader &r) { return std::pair(r.text(0), r.int64(1)); });
    if (!closures) {
        return closures.error();
    }
    QHash<QString, qint64> closedAt;
    for (const auto &[resident, ms] : closures.value()) {
        closedAt.insert(resident, ms);
    }
    const auto lookup = [this](const core::Id &id) { return m_byId.value(id, nullptr); };
    QList<DayOccurrence> out;
    for (const core::Resident &resident : residents) {
        const core::SigningWindow window = windowByUnit.value(resident.unitId);
        const auto found = byResident.constFind(resident.id);
        const QList<core::Signature> &theirs = found == byResident.cend() ? none : *found;
        // The plans were read (if they changed) once above, not again for each resident.
        const core::PlanRevision *plan = cachedPlanInForce(resident.id, day);
        QList<core::Occurrence> occurrences
            = plan ? core::occurrencesOn(*plan, day, window) : QList<core::Occurrence> {};
        occurrences += core::keptFromEarlierRevisions(occurrences, theirs, lookup, day, window);
        if (timedFromMs) {
            occurrences.removeIf([&](const core::Occurrence &o) { return o.asNeeded || o.plannedMs < *timedFromMs; });
        }
        if (const auto closed = closedAt.constFind(core::idToString(resident.id)); closed != closedAt.cend()) {
            const qint64 closedMs = *closed;
            occurrences.removeIf([&](const core::Occurrence &o) {
                return o.asNeeded ? core::careDate(closedMs) < day : o.plannedMs >= closedMs;
            });
        }
        std::stable_sort(occurrences.begin(), occurrences.end(), [](const auto &a, const auto &b) {
            return a.asNeeded != b.asNeeded ? !a.asNeeded : a.plannedMs < b.plannedMs;
        });
        for (const core::Occurrence &o : std::as_const(occurrences)) {
            out.append({ o, core::statusOf(o, theirs, retracted, nowMs) });
        }
    }
    return out;
}

} // namespace akten::store
