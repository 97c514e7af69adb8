// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/rowlistmodel.h"

/**
 * A unit's quality review result for a year (domain.md D9): per question how many of the reviewed plans were answered
 * Ja, Delvis and Nej, as counts and as whole percent of the reviewed. Filled by QualityReviewController.
 */
class QualityResultListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the quality review")

public:
    enum Roles { QuestionRole = Qt::UserRole + 1, YesRole, PartlyRole, NoRole, SummaryRole };
    Q_ENUM(Roles)
    explicit QualityResultListModel(QObject *parent = nullptr)
        : RowListModel({ { QuestionRole, "question" }, { YesRole, "yes" }, { PartlyRole, "partly" }, { NoRole, "no" },
                           { SummaryRole, "summary" } },
            parent, QuestionRole)
    { }
    using RowListModel::setRows; // for the controller
};
