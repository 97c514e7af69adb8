// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/staffbadgelistmodel.h"

StaffBadgeListModel::StaffBadgeListModel(QObject *parent)
    : RowListModel(
        { { StaffIdRole, "staffId" }, { NameRole, "name" }, { TitleRole, "title" }, { BadgeStateRole, "badgeState" },
            { BadgeStateTextRole, "badgeStateText" }, { FailedAttemptsRole, "failedAttempts" } },
        parent)
{ }

StaffBadgeListModel::~StaffBadgeListModel() = default;

void StaffBadgeListModel::setMembers(const QList<Member> &members)
{
    QList<Row> rows;
    for (const Member &member : members) {
        rows.append({ { StaffIdRole, member.staffId }, { NameRole, member.name }, { TitleRole, member.title },
            { BadgeStateRole, member.badgeState }, { BadgeStateTextRole, badgeStateText(member.badgeState) },
            { FailedAttemptsRole, member.failedAttempts } });
    }
    setRows(rows);
}

QString StaffBadgeListModel::nameOf(const QString &staffId) const
{
    for (const Row &row : rows()) {
        if (row.value(StaffIdRole).toString() == staffId) {
            return row.value(NameRole).toString();
        }
    }
    return {};
}

QString StaffBadgeListModel::badgeStateText(BadgeState state)
{
    switch (state) {
    case Active:
        return tr("Aktiv");
    case Locked:
        return tr("Låst");
    case Revoked:
        return tr("Spärrad");
    case Unknown:
        return tr("Kunde inte läsas");
    case NoBadge:
        break;
    }
    return tr("Ingen bricka");
}
