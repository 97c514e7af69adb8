// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/followup.h"
#include "app/models/rowlistmodel.h"

/**
 * The goals of the plan being followed up, one row each, with the result chosen (-1 none yet, else
 * core::GoalResult's order: uppnått, delvis, ej uppnått), the comment and, after a refused save, what is missing.
 * The wizard's state lives here, not in the delegates.
 */
class FollowUpGoalListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by FollowUpController")

public:
    enum Roles { NeedIdRole = Qt::UserRole + 1, AreaRole, GoalRole, ResultRole, CommentRole, ErrorRole };
    Q_ENUM(Roles)
    explicit FollowUpGoalListModel(QObject *parent = nullptr);

    /** `areas`: the life area's title per goal (same order). */
    void setGoals(const QList<akten::core::GoalFollowUp> &goals, const QStringList &areas);
    void setResult(int row, int result);
    void setComment(int row, const QString &comment);
    /** Shows `error` at goal `row` (empty clears every goal's error when row is -1). */
    void setError(int row, const QString &error);
    [[nodiscard]] QList<akten::core::GoalFollowUp> goals() const;

private:
    void setValue(int row, int role, const QVariant &value);
};
