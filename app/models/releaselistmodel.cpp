// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/releaselistmodel.h"

#include "app/core/consentrules.h"
#include "app/core/releaserules.h"
#include "app/models/consentlistmodel.h"
#include "app/models/modelsupport.h"
#include "app/store/consentrepository.h"
#include "app/store/masterdatarepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using akten::models::formatDateSv;
namespace core = akten::core;

namespace {

QString decisionText(const core::ReleaseEvent &d, const QString &by, const QString &consent)
{
    QStringList lines;
    lines << ReleaseListModel::tr("Bedömning: %1").arg(d.assessment.trimmed());
    if (!consent.isEmpty()) {
        lines << ReleaseListModel::tr("Med samtycke: %1").arg(consent);
    }
    if (d.outcome != core::ReleaseOutcome::Refused) {
        lines << ReleaseListModel::tr("Utlämnat till %1 den %2: %3")
                     .arg(d.recipient.trimmed(), formatDateSv(d.decidedOn), d.releasedCovers.trimmed());
        lines << ReleaseListModel::tr("Mottagaren kontrollerad: %1").arg(d.recipientCheck.trimmed());
    }
    if (d.outcome != core::ReleaseOutcome::Released) {
        lines << ReleaseListModel::tr("Skäl: %1").arg(d.reason.trimmed());
        lines << ReleaseListModel::tr("Rätten att överklaga har meddelats.");
    }
    lines << ReleaseListModel::tr("Beslut av %1, %2").arg(by, formatDateSv(d.decidedOn));
    return lines.join(u"\n"_s);
}

} // namespace

ReleaseListModel::ReleaseListModel(
    akten::store::Database &db, akten::store::MasterDataRepository &master, QObject *parent)
    : RowListModel(
        { { IdRole, "requestId" }, { TitleRole, "title" }, { RequestRole, "request" }, { OwnRole, "own" },
            { DecidedRole, "decided" }, { StatusRole, "status" }, { ToneRole, "tone" }, { DecisionRole, "decision" },
            { PrintableRole, "printable" }, { RequesterRole, "requester" }, { CoversRole, "covers" } },
        parent, IdRole)
    , m_db(db)
    , m_master(master)
{ }

void ReleaseListModel::load(const core::Id &residentId)
{
    if (residentId.isNull()) {
        setRows({});
        return;
    }
    akten::store::ConsentRepository repository(m_db);
    const auto events = repository.releaseEvents(residentId);
    const auto older = repository.releases(residentId);
    const auto consents = repository.consents(residentId);
    const auto staff = m_master.staff();
    if (!events || !older || !consents || !staff) {
        setRows({}, tr("Utlämnandena kunde inte läsas."));
        return;
    }
    const auto labels = akten::models::staffLabels(staff.value());
    QList<Row> rows;
    for (const core::ReleaseRecord &r : older.value()) {
        rows.append({ { IdRole, core::idToString(r.meta.id) }, { TitleRole, tr("Kopia till %1").arg(r.recipient) },
            { RequestRole, r.covers }, { OwnRole, false }, { DecidedRole, true }, { StatusRole, tr("Utlämnat") },
            { ToneRole, u"good"_s },
            { DecisionRole, tr("Utlämnat %1 av %2").arg(formatDateSv(r.releasedOn), labels.value(r.meta.authorId)) },
            { PrintableRole, false }, { RequesterRole, r.recipient }, { CoversRole, r.covers } });
    }
    for (const core::ReleaseEvent &request : events.value()) {
        if (request.stage != core::ReleaseStage::Request) {
            continue;
        }
        const bool own = request.requesterKind == core::RequesterKind::Resident;
        const QString what = request.access == core::ReleaseAccess::Read ? tr("Läsa") : tr("Kopia");
        Row row { { IdRole, core::idToString(request.meta.id) },
            { TitleRole,
                tr("%1: %2 (%3)")
                    .arg(what, request.requester.trimmed(), own ? tr("den enskilde") : tr("annan person")) },
            { RequestRole,
                tr("Begärt %1: %2. Antecknat av %3.")
                    .arg(formatDateSv(request.requestedOn), request.covers.trimmed(),
                        labels.value(request.meta.authorId, tr("okänd personal"))) },
            { OwnRole, own }, { RequesterRole, request.requester }, { CoversRole, request.covers } };
        const auto decision = core::decisionOf(request, events.value());
        row.insert(DecidedRole, decision.has_value());
        row.insert(PrintableRole,
            decision && decision->outcome != core::ReleaseOutcome::Refused
                && request.access == core::ReleaseAccess::Copy);
        if (!decision) {
            row.insert(StatusRole, tr("Väntar på beslut"));
            row.insert(ToneRole, u"warning"_s);
            row.insert(DecisionRole, QString());
        } else {
            QString consent;
            for (const core::ConsentEvent &c : consents.value()) {
                if (c.meta.id == decision->consentId) {
                    consent = ConsentListModel::consentLabel(c);
                }
            }
            const auto outcome = *decision->outcome;
            row.insert(StatusRole,
                outcome == core::ReleaseOutcome::Released      ? tr("Utlämnat")
                    : outcome == core::ReleaseOutcome::Partial ? tr("Delvis utlämnat")
                                                               : tr("Avslaget"));
            row.insert(ToneRole, outcome == core::ReleaseOutcome::Released ? u"good"_s : u"warning"_s);
            row.insert(DecisionRole, decisionText(*decision, labels.value(decision->meta.authorId), consent));
        }
        rows.append(row);
    }
    std::reverse(rows.begin(), rows.end());
    setRows(rows);
}
