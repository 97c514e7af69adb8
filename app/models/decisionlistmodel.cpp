// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/decisionlistmodel.h"

#include "app/core/enums.h"
#include "app/models/modelsupport.h"
#include "app/store/masterdatarepository.h"

#include <QStringList>

using namespace Qt::StringLiterals;
using akten::models::formatDateSv;

DecisionListModel::DecisionListModel(akten::store::MasterDataRepository &repository, QObject *parent)
    : RowListModel(
        { { LawRole, "law" }, { DecidedByRole, "decidedBy" }, { DecidedOnRole, "decidedOn" }, { PeriodRole, "period" },
            { GoalsRole, "goals" }, { AssignmentRole, "assignment" }, { InsatserRole, "insatser" } },
        parent)
    , m_repository(repository)
{ }

void DecisionListModel::load(const akten::core::Id &residentId)
{
    const auto decisions = m_repository.decisions(residentId);
    if (!decisions) {
        setRows({}, tr("Besluten kunde inte läsas."));
        return;
    }
    QList<Row> rows;
    for (const auto &d : decisions.value()) {
        QStringList insatser;
        for (const auto &insats : d.insatser) {
            insatser << u"%1 (%2): %3"_s.arg(insats.title, insats.legalReference, insats.scope);
        }
        const QString period = d.validTo ? tr("%1 till %2").arg(formatDateSv(d.validFrom), formatDateSv(*d.validTo))
                                         : tr("från %1, tills vidare").arg(formatDateSv(d.validFrom));
        rows.append({ { LawRole, akten::core::labelSv(d.law) }, { DecidedByRole, d.decidedBy },
            { DecidedOnRole, formatDateSv(d.decidedOn) }, { PeriodRole, period }, { GoalsRole, d.goals },
            { AssignmentRole, d.assignment }, { InsatserRole, insatser.join(u'\n') } });
    }
    setRows(rows);
}
