// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

/**
 * The needs of one version of a genomförandeplan in conflict, as the comparison screen shows them: life area, ICF
 * code, goal, activities, and whether another version lacks this need in exactly these words. Fixed once made;
 * owned by PlanVersionListModel. GUI thread.
 */
class PlanVersionNeedListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by PlanVersionListModel")

public:
    enum Roles {
        AreaRole = Qt::UserRole + 1,
        IcfRole,
        GoalRole,
        ActivitiesRole,
        DiffersRole,
    };
    Q_ENUM(Roles)

    struct Need
    {
        QString area;
        QString icf;
        QString goal;
        QString activities; ///< one activity a line: "description – when"
        bool differs = false;
    };

    explicit PlanVersionNeedListModel(const QList<Need> &needs, QObject *parent = nullptr);
    ~PlanVersionNeedListModel() override;
    Q_DISABLE_COPY_MOVE(PlanVersionNeedListModel)
};
