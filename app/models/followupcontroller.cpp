// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/followupcontroller.h"

#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/models/followupservice.h"
#include "app/models/planreadgate.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

QString fieldKey(core::FollowUpField field)
{
    switch (field) {
    case core::FollowUpField::Benefit:
        return u"benefit"_s;
    case core::FollowUpField::Value:
        return u"value"_s;
    case core::FollowUpField::Quality:
        return u"quality"_s;
    case core::FollowUpField::Outcome:
        return u"outcome"_s;
    case core::FollowUpField::Reason:
        return u"reason"_s;
    case core::FollowUpField::GoalResult:
        break;
    }
    return {};
}

template<typename E> std::optional<E> choice(int v, int first = 0)
{
    return v >= first ? std::optional(E(v)) : std::nullopt;
}

} // namespace

FollowUpController::FollowUpController(store::Database &db, store::MasterDataRepository &master,
    FollowUpService &service, const core::IbicCatalogue &catalogue, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_master(master)
    , m_service(service)
    , m_catalogue(catalogue)
    , m_goals(new FollowUpGoalListModel(this))
{ }

FollowUpController::~FollowUpController() = default;

void FollowUpController::setViewer(const std::optional<auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    cancel(); // a half-done follow-up is not shown to the next person
}

bool FollowUpController::mayFollowUp(const QString &residentId) const
{
    const auto resident = m_master.resident(core::idFromString(residentId));
    if (!m_viewer || !resident || !FollowUpService::mayFollowUp(*m_viewer, resident.value())) {
        return false;
    }
    const auto heads = store::PlanRepository(m_db).heads(resident.value().id);
    return heads && heads.value().size() == 1 && heads.value().constFirst().status == core::PlanStatus::Established;
}

bool FollowUpController::start(const QString &residentId)
{
    cancel();
    const auto resident = m_master.resident(core::idFromString(residentId));
    if (!mayFollowUp(residentId) || !resident) {
        m_errorText = tr("Planen kan följas upp av den boendes kontaktman eller enhetschefen, när en fastställd "
                         "plan finns och inga versioner står i konflikt.");
        Q_EMIT changed();
        return false;
    }
    // The previous unit's plan is followed up here only with a consent to read it (PlanReadGate).
    if (const PlanReadGate gate = PlanReadGate::of(m_db, resident.value(), core::careDate(m_service.clock().nowMs()));
        gate.locked) {
        m_errorText = gate.notice;
        Q_EMIT changed();
        return false;
    }
    const core::PlanRevision plan = store::PlanRepository(m_db).heads(resident.value().id).value().constFirst();
    QList<core::GoalFollowUp> goals;
    QStringList areas;
    for (const core::PlanNeed &need : plan.needs) {
        goals.append({ need.id, need.goal, std::nullopt, {} });
        const auto area = m_catalogue.area(need.lifeArea);
        areas << (area ? area->titleSv : QString());
    }
    m_goals->setGoals(goals, areas);
    m_residentId = resident.value().id;
    m_revisionId = plan.meta.id;
    m_residentName = resident.value().protectedIdentity ? tr("Skyddad identitet") : resident.value().displayName();
    m_open = true;
    Q_EMIT changed();
    return true;
}

void FollowUpController::setGoalResult(int row, int result)
{
    m_goals->setResult(row, result);
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        Q_EMIT changed();
    }
}

void FollowUpController::setGoalComment(int row, const QString &comment)
{
    m_goals->setComment(row, comment);
}

void FollowUpController::setChoice(int &field, int v, const QString &errorKey)
{
    if (field == v) {
        return;
    }
    field = v;
    m_fieldErrors.remove(errorKey);
    m_errorText.clear(); // something was answered: the summary of the refused save goes, the fields' messages stay
    Q_EMIT changed();
}

void FollowUpController::setBenefit(int v)
{
    setChoice(m_benefit, v, u"benefit"_s);
}
void FollowUpController::setValue(int v)
{
    setChoice(m_value, v, u"value"_s);
}
void FollowUpController::setQuality(int v)
{
    setChoice(m_quality, v, u"quality"_s);
}
void FollowUpController::setOutcome(int v)
{
    setChoice(m_outcome, v, u"outcome"_s);
    if (v != int(core::FollowUpOutcome::ContactCaseOfficer)) {
        setChoice(m_reason, -1, u"reason"_s);
    }
}
void FollowUpController::setReason(int v)
{
    setChoice(m_reason, v, u"reason"_s);
}

bool FollowUpController::save()
{
    if (!m_open || !m_viewer) {
        return false;
    }
    core::PlanFollowUpRecord f;
    f.residentId = m_residentId;
    f.revisionId = m_revisionId;
    f.goals = m_goals->goals();
    f.benefit = choice<core::FollowUpAnswer>(m_benefit);
    f.value = choice<core::FollowUpAnswer>(m_value);
    f.quality = choice<core::FollowUpAnswer>(m_quality);
    f.outcome = choice<core::FollowUpOutcome>(m_outcome);
    f.reason = choice<core::CaseOfficerReason>(m_reason, 1).value_or(core::CaseOfficerReason::None);
    const FollowUpService::Outcome outcome = m_service.save(*m_viewer, f);
    m_fieldErrors.clear();
    m_errorText.clear();
    if (!outcome) {
        for (const core::FollowUpGap &gap : outcome.gaps) {
            if (gap.field == core::FollowUpField::GoalResult) {
                m_goals->setError(gap.goalIndex, tr("Välj om målet är uppnått, delvis uppnått eller ej uppnått."));
            } else {
                m_fieldErrors.insert(fieldKey(gap.field), gap.messageSv);
            }
        }
        m_errorText = outcome.problem == FollowUpService::Problem::Incomplete
            ? tr("Något saknas. Det står vid frågan. Inget är sparat.")
            : tr("Uppföljningen kunde inte sparas. Inget är sparat.");
        Q_EMIT changed();
        return false;
    }
    const QString residentId = core::idToString(m_residentId);
    cancel();
    Q_EMIT saved(residentId);
    return true;
}

void FollowUpController::cancel()
{
    m_open = false;
    m_residentId = {};
    m_revisionId = {};
    m_residentName.clear();
    m_errorText.clear();
    m_benefit = m_value = m_quality = m_outcome = m_reason = -1;
    m_fieldErrors.clear();
    m_goals->setGoals({}, {});
    Q_EMIT changed();
}
