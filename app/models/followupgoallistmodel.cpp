// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/followupgoallistmodel.h"

#include "app/core/ids.h"

using namespace akten;

FollowUpGoalListModel::FollowUpGoalListModel(QObject *parent)
    : RowListModel({ { NeedIdRole, "needId" }, { AreaRole, "area" }, { GoalRole, "goal" }, { ResultRole, "result" },
                       { CommentRole, "comment" }, { ErrorRole, "error" } },
        parent, NeedIdRole)
{ }

void FollowUpGoalListModel::setGoals(const QList<core::GoalFollowUp> &goals, const QStringList &areas)
{
    QList<Row> rows;
    for (qsizetype i = 0; i < goals.size(); ++i) {
        const core::GoalFollowUp &g = goals.at(i);
        rows.append({ { NeedIdRole, core::idToString(g.needId) }, { AreaRole, areas.value(i) }, { GoalRole, g.goal },
            { ResultRole, g.result ? int(*g.result) : -1 }, { CommentRole, g.comment }, { ErrorRole, QString() } });
    }
    setRows(rows);
}

void FollowUpGoalListModel::setValue(int row, int role, const QVariant &value)
{
    if (row < 0 || row >= count() || rows().at(row).value(role) == value) {
        return;
    }
    QList<Row> changed = rows();
    changed[row][role] = value;
    setRows(changed);
}

void FollowUpGoalListModel::setResult(int row, int result)
{
    setValue(row, ResultRole, result);
    setValue(row, ErrorRole, QString()); // answered: the message at the field goes
}

void FollowUpGoalListModel::setComment(int row, const QString &comment)
{
    setValue(row, CommentRole, comment);
}

void FollowUpGoalListModel::setError(int row, const QString &error)
{
    if (row >= 0) {
        setValue(row, ErrorRole, error);
        return;
    }
    for (int i = 0; i < count(); ++i) {
        setValue(i, ErrorRole, error);
    }
}

QList<core::GoalFollowUp> FollowUpGoalListModel::goals() const
{
    QList<core::GoalFollowUp> goals;
    for (const Row &row : rows()) {
        const int result = row.value(ResultRole).toInt();
        goals.append({ core::idFromString(row.value(NeedIdRole).toString()), row.value(GoalRole).toString(),
            result >= 0 ? std::optional(core::GoalResult(result)) : std::nullopt,
            row.value(CommentRole).toString().trimmed() });
    }
    return goals;
}
