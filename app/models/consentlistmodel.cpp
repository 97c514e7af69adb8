// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/consentlistmodel.h"

#include "app/core/consentrules.h"
#include "app/models/modelsupport.h"
#include "app/store/consentrepository.h"
#include "app/store/masterdatarepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using akten::models::formatDateSv;
namespace core = akten::core;

ConsentListModel::ConsentListModel(
    akten::store::Database &db, akten::store::MasterDataRepository &master, QObject *parent)
    : RowListModel(
        { { IdRole, "consentId" }, { RecipientRole, "recipient" }, { ScopeRole, "scope" }, { PeriodRole, "period" },
            { GivenByRole, "givenBy" }, { NotedRole, "noted" }, { StatusRole, "status" }, { ToneRole, "tone" },
            { ValidRole, "valid" }, { RevocableRole, "revocable" }, { CoversPlanRole, "coversPlan" } },
        parent, IdRole)
    , m_db(db)
    , m_master(master)
{ }

QString ConsentListModel::consentLabel(const core::ConsentEvent &c)
{
    return tr("%1 gav %2, till %3").arg(c.givenBy.trimmed(), formatDateSv(c.validFrom), c.recipient.trimmed());
}

void ConsentListModel::load(const core::Id &residentId, const QDate &today)
{
    if (residentId.isNull()) {
        setRows({});
        return;
    }
    const auto events = akten::store::ConsentRepository(m_db).consents(residentId);
    const auto staff = m_master.staff();
    if (!events || !staff) {
        setRows({}, tr("Samtyckena kunde inte läsas."));
        return;
    }
    const auto labels = akten::models::staffLabels(staff.value());
    QList<Row> rows;
    for (const core::ConsentEvent &c : events.value()) {
        if (c.action != core::ConsentAction::Given) {
            continue;
        }
        QStringList data;
        if (c.coversPlan) {
            data << tr("Genomförandeplanen");
        }
        if (!c.scope.trimmed().isEmpty()) {
            data << c.scope.trimmed();
        }
        const QString period = c.validTo
            ? tr("%1 till och med %2").arg(formatDateSv(c.validFrom), formatDateSv(*c.validTo))
            : tr("Från %1, tills vidare").arg(formatDateSv(c.validFrom));
        QString givenBy = c.givenByKind == core::ConsentGiver::Representative
            ? tr("%1, företrädare (%2)").arg(c.givenBy.trimmed(), c.mandate.trimmed())
            : c.givenByKind == core::ConsentGiver::Resident ? tr("%1, den enskilde").arg(c.givenBy.trimmed())
                                                            : c.givenBy.trimmed();
        if (c.form) {
            givenBy += u", "_s + (*c.form == core::ConsentForm::Written ? tr("skriftligt") : tr("muntligt"));
        }
        const core::ConsentStatus status = core::consentStatus(c, events.value(), today);
        QString statusText;
        QString tone;
        switch (status) {
        case core::ConsentStatus::Valid:
            statusText = tr("Gäller");
            tone = u"good"_s;
            break;
        case core::ConsentStatus::NotYetValid:
            statusText = tr("Gäller från %1").arg(formatDateSv(c.validFrom));
            tone = u"info"_s;
            break;
        case core::ConsentStatus::Expired:
            statusText = tr("Har gått ut");
            tone = u"neutral"_s;
            break;
        case core::ConsentStatus::Revoked:
            statusText = tr("Återkallat %1").arg(formatDateSv(core::revocationOf(c, events.value())->validFrom));
            tone = u"danger"_s;
            break;
        }
        rows.append({ { IdRole, core::idToString(c.meta.id) }, { RecipientRole, c.recipient },
            { ScopeRole, data.join(u", "_s) }, { PeriodRole, period }, { GivenByRole, givenBy },
            { NotedRole, tr("Antecknat av %1").arg(labels.value(c.meta.authorId, tr("okänd personal"))) },
            { StatusRole, statusText }, { ToneRole, tone }, { ValidRole, status == core::ConsentStatus::Valid },
            { RevocableRole, status == core::ConsentStatus::Valid || status == core::ConsentStatus::NotYetValid },
            { CoversPlanRole, c.coversPlan } });
    }
    std::reverse(rows.begin(), rows.end());
    setRows(rows);
}
