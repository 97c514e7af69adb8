// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/planparticipationeditor.h"

#include "app/models/plantexts.h"

PlanParticipationEditor::PlanParticipationEditor(akten::core::PlanRevision &plan,
    const QList<akten::core::PlanFinding> &findings, std::function<void()> edited, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_findings(findings)
    , m_edited(std::move(edited))
{ }

void PlanParticipationEditor::setChild(bool child)
{
    if (child != m_child) {
        m_child = child;
        Q_EMIT changed();
    }
}

int PlanParticipationEditor::relatives() const
{
    if (!part().relativesAnswered) {
        return -1;
    }
    return part().relativesMayBeInformed ? 1 : 0;
}

void PlanParticipationEditor::setText(QString &field, const QString &value)
{
    if (field != value) {
        field = value;
        m_edited();
        Q_EMIT changed();
    }
}

// clang-format off
void PlanParticipationEditor::setHowParticipated(const QString &v) { setText(m_plan.participation.howParticipated, v); }
void PlanParticipationEditor::setViews(const QString &v) { setText(m_plan.participation.views, v); }
void PlanParticipationEditor::setPresent(const QString &v) { setText(m_plan.participation.present, v); }
void PlanParticipationEditor::setChildInformation(const QString &v) { setText(m_plan.participation.child.informationGiven, v); }
void PlanParticipationEditor::setChildViews(const QString &v) { setText(m_plan.participation.child.views, v); }
void PlanParticipationEditor::setChildConsidered(const QString &v) { setText(m_plan.participation.child.considered, v); }
void PlanParticipationEditor::setChildOtherwise(const QString &v) { setText(m_plan.participation.child.obtainedOtherwise, v); }
// clang-format on

void PlanParticipationEditor::setRelatives(int value)
{
    m_plan.participation.relativesAnswered = value >= 0;
    m_plan.participation.relativesMayBeInformed = value > 0;
    m_edited();
    Q_EMIT changed();
}
