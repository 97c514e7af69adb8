// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/planversionneedlistmodel.h"
#include "app/models/rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

/**
 * The versions of a genomförandeplan in conflict, side by side: who wrote each and when, the resident's
 * participation (and whether it differs), and the version's needs as a PlanVersionNeedListModel of its own. Row i is
 * the version PlanConflictModel::keep(i) keeps. Filled by PlanConflictModel; GUI thread. The need models are
 * children of this model and are deleted (later) when the versions are replaced.
 */
class PlanVersionListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by PlanConflictModel")

public:
    enum Roles {
        AuthorRole = Qt::UserRole + 1,
        WhenRole,
        ParticipationRole,
        ParticipationDiffersRole,
        NeedsRole, ///< PlanVersionNeedListModel *
    };
    Q_ENUM(Roles)

    struct Version
    {
        QString author; ///< "Anna Berg, undersköterska"
        QString when;
        QString participation;
        bool participationDiffers = false;
        QList<PlanVersionNeedListModel::Need> needs;
    };

    explicit PlanVersionListModel(QObject *parent = nullptr);
    ~PlanVersionListModel() override;
    Q_DISABLE_COPY_MOVE(PlanVersionListModel)

    void setVersions(const QList<Version> &versions);
    /** The needs of version `row`, or null. */
    [[nodiscard]] PlanVersionNeedListModel *needsOf(int row) const;

private:
    QList<PlanVersionNeedListModel *> m_needs;
};
