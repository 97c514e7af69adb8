// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/catalogue.h"
#include "app/core/deadlines.h"
#include "app/core/ids.h"
#include "app/models/rowlistmodel.h"

namespace akten::store {
class PlanRepository;
}

/**
 * The current implementation plan: one row per need, grouped by IBIC life area (ICF code and Swedish title from the
 * catalogue), with its activities; plus the plan's dates, participation, and whether two heads are in conflict.
 */
class PlanModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")
    Q_PROPERTY(bool hasPlan READ hasPlan NOTIFY planChanged)
    Q_PROPERTY(bool conflict READ conflict NOTIFY planChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY planChanged)
    Q_PROPERTY(QString participation READ participation NOTIFY planChanged)
    Q_PROPERTY(QString followUp READ followUp NOTIFY planChanged)
    Q_PROPERTY(bool overdue READ overdue NOTIFY planChanged)

public:
    enum Roles {
        LifeAreaRole = Qt::UserRole + 1,
        IcfCodeRole,
        IcfTitleRole,
        GradeRole,
        ResourcesRole,
        GoalRole,
        ActivitiesRole,
        FirstInAreaRole, ///< true on the first need of each life area: the delegate shows the area heading
    };
    Q_ENUM(Roles)
    PlanModel(akten::store::PlanRepository &repository, const akten::core::IbicCatalogue &catalogue,
        QObject *parent = nullptr);
    /** `deadline`: the resident's next deadline by the rules (core/deadlines.h), shown as "Nästa uppföljning". */
    void load(const akten::core::Id &residentId, const akten::core::PlanDeadline &deadline = {});

    [[nodiscard]] bool hasPlan() const { return m_hasPlan; }
    [[nodiscard]] bool conflict() const { return m_conflict; }
    [[nodiscard]] QString summary() const { return m_summary; }
    [[nodiscard]] QString participation() const { return m_participation; }
    [[nodiscard]] QString followUp() const { return m_followUp; }
    [[nodiscard]] bool overdue() const { return m_overdue; }

Q_SIGNALS:
    void planChanged();

private:
    akten::store::PlanRepository &m_repository;
    const akten::core::IbicCatalogue &m_catalogue;
    bool m_hasPlan = false;
    bool m_conflict = false;
    QString m_summary;
    QString m_participation;
    QString m_followUp;
    bool m_overdue = false;
};
