// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/planversionneedlistmodel.h"

PlanVersionNeedListModel::PlanVersionNeedListModel(const QList<Need> &needs, QObject *parent)
    : RowListModel({ { AreaRole, "area" }, { IcfRole, "icf" }, { GoalRole, "goal" }, { ActivitiesRole, "activities" },
                       { DiffersRole, "differs" } },
        parent)
{
    QList<Row> rows;
    for (const Need &need : needs) {
        rows.append({ { AreaRole, need.area }, { IcfRole, need.icf }, { GoalRole, need.goal },
            { ActivitiesRole, need.activities }, { DiffersRole, need.differs } });
    }
    setRows(rows);
}

PlanVersionNeedListModel::~PlanVersionNeedListModel() = default;
