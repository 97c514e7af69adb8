// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/planmodel.h"

#include "app/core/enums.h"
#include "app/models/modelsupport.h"
#include "app/store/planrepository.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;
using akten::models::formatDateSv;

namespace {

/** What the plan's "Uppföljning" row says: the rules' next deadline, or the date the plan named. */
QString followUpText(const akten::core::PlanDeadline &deadline, const QDate &named)
{
    using akten::core::DeadlineKind;
    if (deadline.kind == DeadlineKind::None) {
        return PlanModel::tr("Nästa uppföljning senast %1").arg(formatDateSv(named));
    }
    const QString date = formatDateSv(deadline.due);
    if (deadline.kind == DeadlineKind::Plan) {
        return deadline.overdue() ? PlanModel::tr("En ny plan för beslutet skulle vara klar %1").arg(date)
                                  : PlanModel::tr("En ny plan för beslutet ska vara klar senast %1").arg(date);
    }
    return deadline.overdue() ? PlanModel::tr("Försenad: uppföljningen skulle vara klar %1").arg(date)
                              : PlanModel::tr("Nästa uppföljning senast %1").arg(date);
}

} // namespace

PlanModel::PlanModel(
    akten::store::PlanRepository &repository, const akten::core::IbicCatalogue &catalogue, QObject *parent)
    : RowListModel({ { LifeAreaRole, "lifeArea" }, { IcfCodeRole, "icfCode" }, { IcfTitleRole, "icfTitle" },
                       { GradeRole, "grade" }, { ResourcesRole, "resources" }, { GoalRole, "goal" },
                       { ActivitiesRole, "activities" }, { FirstInAreaRole, "firstInArea" } },
        parent)
    , m_repository(repository)
    , m_catalogue(catalogue)
{ }

void PlanModel::load(const akten::core::Id &residentId, const akten::core::PlanDeadline &deadline)
{
    m_overdue = deadline.overdue();
    const auto heads = m_repository.heads(residentId);
    m_hasPlan = heads && !heads.value().isEmpty();
    m_conflict = heads && heads.value().size() > 1;
    m_summary.clear();
    m_participation.clear();
    m_followUp.clear();
    if (!heads) {
        setRows({}, tr("Genomförandeplanen kunde inte läsas."));
        Q_EMIT planChanged();
        return;
    }
    QList<Row> rows;
    if (m_hasPlan) {
        // With a conflict, show the newest head; the banner says that another version exists.
        const auto &plan = *std::max_element(heads.value().cbegin(), heads.value().cend(),
            [](const auto &a, const auto &b) { return a.meta.hlc < b.meta.hlc; });
        m_summary = tr("Upprättad %1").arg(formatDateSv(plan.establishedOn));
        if (plan.followUp) {
            m_summary += tr(", senast uppföljd %1").arg(formatDateSv(plan.followUp->date));
        }
        if (plan.shortFirstPlan) {
            m_summary += tr(". En kort första plan: revideras så snart som möjligt");
        }
        m_followUp = followUpText(deadline, plan.nextFollowUp);
        m_participation = plan.participation.howParticipated + u"\n"_s + plan.participation.views + u"\n"_s
            + (plan.participation.relativesMayBeInformed ? tr("Anhöriga får informeras.")
                                                         : tr("Anhöriga får inte informeras."));
        auto needs = plan.needs;
        std::stable_sort(
            needs.begin(), needs.end(), [](const auto &a, const auto &b) { return a.lifeArea < b.lifeArea; });
        int previousArea = -1;
        for (const auto &need : needs) {
            const auto area = m_catalogue.area(need.lifeArea);
            const auto code = m_catalogue.find(need.icfCode);
            QStringList activities;
            for (const auto &a : need.activities) {
                activities << tr("%1\nHur: %2\nNär: %3\nAv vem: %4\nArbetssätt: %5")
                                  .arg(a.description, a.how, a.when, a.byWhom, akten::core::labelSv(a.mode));
            }
            rows.append({ { LifeAreaRole, area ? u"%1. %2"_s.arg(area->number).arg(area->titleSv) : QString() },
                { IcfCodeRole, need.icfCode }, { IcfTitleRole, code ? code->titleSv : tr("Okänd kod") },
                { GradeRole, akten::core::labelSv(need.grade) }, { ResourcesRole, need.ownResources },
                { GoalRole, need.goal }, { ActivitiesRole, activities.join(u"\n\n"_s) },
                { FirstInAreaRole, need.lifeArea != previousArea } });
            previousArea = need.lifeArea;
        }
    }
    setRows(rows);
    Q_EMIT planChanged();
}
