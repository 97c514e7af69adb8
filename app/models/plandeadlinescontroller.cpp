// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/plandeadlinescontroller.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/store/followuprepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;
using namespace akten;

PlanDeadlinesController::PlanDeadlinesController(store::Database &db, store::MasterDataRepository &master,
    auth::AccessAudit &audit, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
    , m_overview(new DeadlineListModel(this))
    , m_mine(new DeadlineListModel(this))
{ }

PlanDeadlinesController::~PlanDeadlinesController() = default;

void PlanDeadlinesController::setViewer(const std::optional<auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    reload();
}

core::PlanDeadline PlanDeadlinesController::deadlineOf(
    store::Database &db, store::MasterDataRepository &master, const core::Resident &resident, qint64 nowMs)
{
    core::DeadlineFacts facts;
    facts.birthDate = resident.birthDate;
    if (auto decisions = master.decisions(resident.id)) {
        facts.decisions = decisions.value();
    }
    if (auto revisions = store::PlanRepository(db).revisions(resident.id)) {
        facts.revisions = revisions.value();
    }
    if (auto followUps = store::FollowUpRepository(db).forResident(resident.id)) {
        for (const core::PlanFollowUpRecord &f : followUps.value()) {
            facts.followUpDates.append(f.date);
        }
    }
    return core::nextPlanDeadlineAt(facts, nowMs);
}

void PlanDeadlinesController::reload()
{
    const QDate today = core::careDate(m_clock.nowMs());
    if (!m_viewer) {
        m_overview->setDeadlines({}, today);
        m_mine->setDeadlines({}, today);
        return;
    }
    const auto residents = m_master.residents();
    if (!residents) {
        const QString error = tr("Planernas datum kunde inte läsas från journalen.");
        m_overview->setDeadlines({}, today, error);
        m_mine->setDeadlines({}, today, error);
        return;
    }
    QList<ResidentDeadline> all;
    for (const core::Resident &resident : residents.value()) {
        if (!auth::inScope(*m_viewer, resident)) {
            continue;
        }
        const core::PlanDeadline deadline = deadlineOf(m_db, m_master, resident, m_clock.nowMs());
        if (deadline.kind != core::DeadlineKind::None) {
            all.append({ resident, deadline, auth::isContactPerson(*m_viewer, resident) });
        }
    }
    // Earliest first: the overdue come first, the most overdue at the top.
    std::stable_sort(all.begin(), all.end(),
        [](const ResidentDeadline &a, const ResidentDeadline &b) { return a.deadline.due < b.deadline.due; });
    if (!m_audit.record(&*m_viewer, u"view.plan_deadlines"_s, {}, {}, u"%1 listed"_s.arg(all.size()))) {
        const QString error = tr("Planernas datum kan inte visas eftersom åtkomsten inte kunde loggas.");
        m_overview->setDeadlines({}, today, error);
        m_mine->setDeadlines({}, today, error);
        return;
    }
    QList<ResidentDeadline> mine;
    std::copy_if(all.cbegin(), all.cend(), std::back_inserter(mine), [](const auto &d) { return d.mine; });
    m_overview->setDeadlines(all, today);
    m_mine->setDeadlines(mine, today);
}
