// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/demobadgelistmodel.h"

DemoBadgeListModel::DemoBadgeListModel(const QList<Badge> &badges, QObject *parent)
    : RowListModel(
        { { NameRole, "name" }, { TitleRole, "title" }, { UidHexRole, "uidHex" }, { PinRole, "pin" } }, parent)
{
    QList<Row> rows;
    for (const Badge &badge : badges) {
        rows.append({ { NameRole, badge.name }, { TitleRole, badge.title }, { UidHexRole, badge.uidHex },
            { PinRole, badge.pin } });
    }
    setRows(rows);
}

DemoBadgeListModel::~DemoBadgeListModel() = default;
