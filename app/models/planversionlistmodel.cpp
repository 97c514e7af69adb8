// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/planversionlistmodel.h"

PlanVersionListModel::PlanVersionListModel(QObject *parent)
    : RowListModel({ { AuthorRole, "author" }, { WhenRole, "when" }, { ParticipationRole, "participation" },
                       { ParticipationDiffersRole, "participationDiffers" }, { NeedsRole, "needs" } },
        parent)
{ }

PlanVersionListModel::~PlanVersionListModel() = default;

void PlanVersionListModel::setVersions(const QList<Version> &versions)
{
    QList<PlanVersionNeedListModel *> needs;
    QList<Row> rows;
    for (const Version &version : versions) {
        needs.append(new PlanVersionNeedListModel(version.needs, this));
        rows.append({ { AuthorRole, version.author }, { WhenRole, version.when },
            { ParticipationRole, version.participation }, { ParticipationDiffersRole, version.participationDiffers },
            { NeedsRole, QVariant::fromValue(needs.constLast()) } });
    }
    setRows(rows);
    // The old versions' delegates may still hold their need models until the event loop runs.
    for (PlanVersionNeedListModel *old : std::as_const(m_needs)) {
        old->deleteLater();
    }
    m_needs = needs;
}

PlanVersionNeedListModel *PlanVersionListModel::needsOf(int row) const
{
    return row >= 0 && row < m_needs.size() ? m_needs.at(row) : nullptr;
}
