// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/rowlistmodel.h"

/**
 * The plans of a unit's quality review sample for a year (domain.md D9): the resident (masked if their identity is
 * protected), the set revision sampled, and whether and by whom it was reviewed. Filled by QualityReviewController.
 */
class QualitySampleListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the quality review")

public:
    enum Roles { ResidentIdRole = Qt::UserRole + 1, NameRole, DetailRole, ReviewedRole, StatusRole };
    Q_ENUM(Roles)
    explicit QualitySampleListModel(QObject *parent = nullptr)
        : RowListModel({ { ResidentIdRole, "residentId" }, { NameRole, "name" }, { DetailRole, "detail" },
                           { ReviewedRole, "reviewed" }, { StatusRole, "status" } },
            parent, ResidentIdRole)
    { }
    using RowListModel::setRows; // for the controller
};
