// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/planeditorstart.h"

#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/planeditorservice.h"
#include "app/models/planreadgate.h"
#include "app/store/masterdatarepository.h"
#include "app/store/plandraftrepository.h"
#include "app/store/planrepository.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

constexpr qsizetype kUnitCodes = 8;

QList<akten::core::PlanRevision> currentPlansOfUnit(
    akten::store::Database &db, akten::store::MasterDataRepository &master, const akten::core::Id &unitId)
{
    QList<akten::core::PlanRevision> plans;
    const auto residents = master.residents(unitId);
    for (const akten::core::Resident &r : residents ? residents.value() : QList<akten::core::Resident> {}) {
        const auto heads = akten::store::PlanRepository(db).heads(r.id);
        if (heads && heads.value().size() == 1) {
            plans.append(heads.value().constFirst());
        }
    }
    return plans;
}

} // namespace

QStringList mostUsedCodes(const QList<akten::core::PlanRevision> &currentPlans, qsizetype limit)
{
    QHash<QString, int> residentsUsing;
    for (const akten::core::PlanRevision &plan : currentPlans) {
        QSet<QString> codes;
        for (const akten::core::PlanNeed &need : plan.needs) {
            codes.insert(need.icfCode);
        }
        for (const QString &code : std::as_const(codes)) {
            ++residentsUsing[code];
        }
    }
    QStringList codes;
    for (auto it = residentsUsing.cbegin(); it != residentsUsing.cend(); ++it) {
        if (it.value() >= 2) {
            codes.append(it.key());
        }
    }
    std::sort(codes.begin(), codes.end(), [&](const QString &a, const QString &b) {
        const int na = residentsUsing.value(a);
        const int nb = residentsUsing.value(b);
        return na != nb ? na > nb : a < b;
    });
    return codes.mid(0, limit);
}

std::optional<PlanEditorStart> loadPlanEditorStart(akten::store::Database &db,
    akten::store::MasterDataRepository &master, const akten::core::Clock &clock, const akten::auth::SessionUser &user,
    const akten::core::Id &residentId)
{
    const auto resident = master.resident(residentId);
    if (!resident || !PlanEditorService::mayEdit(user, resident.value())) {
        return std::nullopt;
    }
    const auto heads = akten::store::PlanRepository(db).heads(residentId);
    if (!heads || heads.value().size() > 1) {
        return std::nullopt; // two versions in conflict are merged first (PlanConflictModel)
    }
    PlanEditorStart start;
    start.residentName = resident.value().displayName();
    start.birthDate = resident.value().birthDate;
    // The decision in force: the newest one valid today.
    const QDate today = akten::core::careDate(clock.nowMs());
    const auto decisions = master.decisions(residentId);
    for (const akten::core::Decision &d : decisions ? decisions.value() : QList<akten::core::Decision> {}) {
        if (d.validFrom <= today && (!d.validTo || *d.validTo >= today)) {
            start.decisionId = d.id;
            start.decisionGoals = d.goals;
            start.insatser.clear();
            for (const akten::core::Insats &i : d.insatser) {
                start.insatser.append({ akten::core::idToString(i.id), i.title });
            }
        }
    }
    auto draft = akten::store::PlanDraftRepository(db).draft(user.staffId, residentId);
    if (draft && draft.value()) {
        start.plan = draft.value()->plan;
        start.baseId = draft.value()->baseId;
        start.draftUpdatedMs = draft.value()->updatedMs;
    } else if (!heads.value().isEmpty()) {
        const akten::core::PlanRevision &current = heads.value().constFirst();
        start.baseId = current.meta.id;
        // The previous unit's plan without a consent to read it (PlanReadGate): the new plan replaces it but begins
        // empty, nothing of the old one copied into the editor.
        if (PlanReadGate::of(db, resident.value(), today).locked) {
            start.plan.participation.relativesAnswered = false;
            start.unitCodes = mostUsedCodes(currentPlansOfUnit(db, master, resident.value().unitId), kUnitCodes);
            return start;
        }
        start.plan.needs = current.needs;
        // How the resident took part, who said what and who was there are said again for every revision (D2);
        // whether relatives may be told stands until changed.
        start.plan.participation.relativesMayBeInformed = current.participation.relativesMayBeInformed;
        start.plan.participation.easyReadVersionNeeded = current.participation.easyReadVersionNeeded;
    } else {
        start.plan.participation.relativesAnswered = false;
    }
    start.unitCodes = mostUsedCodes(currentPlansOfUnit(db, master, resident.value().unitId), kUnitCodes);
    return start;
}
