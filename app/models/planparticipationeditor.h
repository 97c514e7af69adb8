// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/plancheck.h"
#include "app/models/plantexts.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <functional>

/**
 * The plan editor's "Delaktighet" step (D2, D8): how the resident took part or why not, who said what, whether
 * relatives may be told what the plan says, who took part, and for a child (under 18 on the day) the information
 * given, the child's views and how they were considered. Required before a plan is set; errors from the last refused
 * "Fastställ planen" are said at the fields in Swedish. Edits the plan its PlanEditorController owns. GUI thread.
 */
class PlanParticipationEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by PlanEditorController")
    Q_PROPERTY(bool child READ child NOTIFY changed)
    Q_PROPERTY(QString howParticipated READ howParticipated WRITE setHowParticipated NOTIFY changed)
    Q_PROPERTY(QString views READ views WRITE setViews NOTIFY changed)
    // -1 not answered yet, 0 no, 1 yes: may relatives be told what the plan says?
    Q_PROPERTY(int relatives READ relatives WRITE setRelatives NOTIFY changed)
    Q_PROPERTY(QString present READ present WRITE setPresent NOTIFY changed)
    Q_PROPERTY(QString childInformation READ childInformation WRITE setChildInformation NOTIFY changed)
    Q_PROPERTY(QString childViews READ childViews WRITE setChildViews NOTIFY changed)
    Q_PROPERTY(QString childConsidered READ childConsidered WRITE setChildConsidered NOTIFY changed)
    Q_PROPERTY(QString childOtherwise READ childOtherwise WRITE setChildOtherwise NOTIFY changed)
    Q_PROPERTY(QString howParticipatedError READ howParticipatedError NOTIFY changed)
    Q_PROPERTY(QString viewsError READ viewsError NOTIFY changed)
    Q_PROPERTY(QString relativesError READ relativesError NOTIFY changed)
    Q_PROPERTY(QString childInformationError READ childInformationError NOTIFY changed)
    Q_PROPERTY(QString childViewsError READ childViewsError NOTIFY changed)
    Q_PROPERTY(QString childConsideredError READ childConsideredError NOTIFY changed)

public:
    /** `edited` is called after every change (the owner saves the draft). */
    PlanParticipationEditor(akten::core::PlanRevision &plan, const QList<akten::core::PlanFinding> &findings,
        std::function<void()> edited, QObject *parent = nullptr);

    /** Whether the resident is under 18 today: the child's part is then asked for. */
    void setChild(bool child);
    void refresh() { Q_EMIT changed(); }

    [[nodiscard]] bool child() const { return m_child; }
    [[nodiscard]] QString howParticipated() const { return part().howParticipated; }
    [[nodiscard]] QString views() const { return part().views; }
    [[nodiscard]] int relatives() const;
    [[nodiscard]] QString present() const { return part().present; }
    [[nodiscard]] QString childInformation() const { return part().child.informationGiven; }
    [[nodiscard]] QString childViews() const { return part().child.views; }
    [[nodiscard]] QString childConsidered() const { return part().child.considered; }
    [[nodiscard]] QString childOtherwise() const { return part().child.obtainedOtherwise; }
    [[nodiscard]] QString howParticipatedError() const
    {
        return akten::models::planErrorAt(m_findings, akten::core::PlanField::HowParticipated);
    }
    [[nodiscard]] QString viewsError() const
    {
        return akten::models::planErrorAt(m_findings, akten::core::PlanField::Views);
    }
    [[nodiscard]] QString relativesError() const
    {
        return akten::models::planErrorAt(m_findings, akten::core::PlanField::RelativesInformed);
    }
    [[nodiscard]] QString childInformationError() const
    {
        return akten::models::planErrorAt(m_findings, akten::core::PlanField::ChildInformation);
    }
    [[nodiscard]] QString childViewsError() const
    {
        return akten::models::planErrorAt(m_findings, akten::core::PlanField::ChildViews);
    }
    [[nodiscard]] QString childConsideredError() const
    {
        return akten::models::planErrorAt(m_findings, akten::core::PlanField::ChildConsidered);
    }

    void setHowParticipated(const QString &value);
    void setViews(const QString &value);
    void setRelatives(int value);
    void setPresent(const QString &value);
    void setChildInformation(const QString &value);
    void setChildViews(const QString &value);
    void setChildConsidered(const QString &value);
    void setChildOtherwise(const QString &value);

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] const akten::core::Participation &part() const { return m_plan.participation; }
    void setText(QString &field, const QString &value);

    akten::core::PlanRevision &m_plan;
    const QList<akten::core::PlanFinding> &m_findings;
    std::function<void()> m_edited;
    bool m_child = false;
};
