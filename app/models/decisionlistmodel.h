// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/models/rowlistmodel.h"

namespace akten::store {
class MasterDataRepository;
}

/** The resident's decisions and assignments (beslut och uppdrag) with their insatser. */
class DecisionListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")

public:
    enum Roles {
        LawRole = Qt::UserRole + 1,
        DecidedByRole,
        DecidedOnRole,
        PeriodRole,
        GoalsRole,
        AssignmentRole,
        InsatserRole
    };
    Q_ENUM(Roles)
    explicit DecisionListModel(akten::store::MasterDataRepository &repository, QObject *parent = nullptr);
    void load(const akten::core::Id &residentId);

private:
    akten::store::MasterDataRepository &m_repository;
};
