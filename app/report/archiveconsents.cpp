// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/archiveconsents.h"

#include "app/core/caretime.h"
#include "app/core/consentrules.h"
#include "app/core/releaserules.h"
#include "app/store/consentrepository.h"
#include "app/store/masterdatarepository.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace akten::report::archiveparts {
namespace {

using S = FlowParagraph::Style;

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"–"_s;
}

QString yesNo(bool value)
{
    return value ? u"ja"_s : u"nej"_s;
}

/** "Anna Berg, undersköterska" by staff id. */
QHash<core::Id, QString> staffLabels(store::Database &db)
{
    QHash<core::Id, QString> labels;
    if (const auto staff = store::MasterDataRepository(db).staff()) {
        for (const core::Staff &member : staff.value()) {
            labels.insert(member.id, member.displayName() + u", "_s + member.title);
        }
    }
    return labels;
}

QString statusText(const core::ConsentEvent &c, const QList<core::ConsentEvent> &events, QDate onDay)
{
    switch (core::consentStatus(c, events, onDay)) {
    case core::ConsentStatus::Valid:
        return u"Gäller"_s;
    case core::ConsentStatus::NotYetValid:
        return u"Gäller från %1"_s.arg(day(c.validFrom));
    case core::ConsentStatus::Expired:
        return u"Har gått ut"_s;
    case core::ConsentStatus::Revoked:
        return u"Återkallat %1"_s.arg(day(core::revocationOf(c, events)->validFrom));
    }
    return {};
}

QString noted(const core::RecordMeta &meta, const QHash<core::Id, QString> &staff)
{
    return u"Antecknat %1 av %2"_s.arg(
        QDateTime::fromMSecsSinceEpoch(meta.wallMs, core::careTimeZone()).toString(u"yyyy-MM-dd HH.mm"_s),
        staff.value(meta.authorId, u"okänd personal"_s));
}

} // namespace

Result<FlowSection> consentRegister(store::Database &db, const core::Id &residentId, QDate onDay)
{
    const auto events = store::ConsentRepository(db).consents(residentId);
    if (!events) {
        return events.error();
    }
    const auto staff = staffLabels(db);
    FlowSection section { u"Samtyckesregister"_s, {}, u"Inga samtycken."_s };
    for (const core::ConsentEvent &c : events.value()) {
        if (c.action != core::ConsentAction::Given) {
            continue;
        }
        FlowBlock block { { S::Subheading,
                              u"Samtycke för %1: %2 (läget %3)"_s.arg(
                                  c.recipient.trimmed(), statusText(c, events.value(), onDay), day(onDay)) },
            { S::Body, core::consentJournalText(c) }, { S::Meta, noted(c.meta, staff) } };
        if (const auto revocation = core::revocationOf(c, events.value())) {
            block.append({ S::Note, core::revocationJournalText(*revocation, c) });
            block.append({ S::Meta, noted(revocation->meta, staff) });
        }
        section.blocks.append(block);
    }
    return section;
}

Result<FlowSection> releases(store::Database &db, const core::Id &residentId)
{
    const store::ConsentRepository repository(db);
    const auto events = repository.releaseEvents(residentId);
    const auto older = repository.releases(residentId);
    const auto consents = repository.consents(residentId);
    if (!events || !older || !consents) {
        return !events ? events.error() : !older ? older.error() : consents.error();
    }
    const auto staff = staffLabels(db);
    FlowSection section { u"Utlämnande av handlingar"_s, {}, u"Inga begäranden om att läsa eller få kopia."_s };
    for (const core::ReleaseRecord &r : older.value()) {
        section.blocks.append({ { S::Subheading, u"Kopia till %1, utlämnad %2"_s.arg(r.recipient, day(r.releasedOn)) },
            { S::Body,
                u"Omfattning: %1\nMottagarens identitet kontrollerad: %2. Prövat mot men för andra: %3."_s.arg(
                    r.covers, yesNo(r.recipientVerified), yesNo(r.harmReviewDone)) },
            { S::Meta, u"Utlämnat av "_s + staff.value(r.meta.authorId, u"okänd personal"_s) } });
    }
    for (const core::ReleaseEvent &request : events.value()) {
        if (request.stage != core::ReleaseStage::Request) {
            continue;
        }
        const auto decision = core::decisionOf(request, events.value());
        const QString outcome = !decision                         ? u"väntar på beslut"_s
            : decision->outcome == core::ReleaseOutcome::Released ? u"utlämnat"_s
            : decision->outcome == core::ReleaseOutcome::Partial  ? u"delvis utlämnat"_s
                                                                  : u"avslaget"_s;
        FlowBlock block {
            { S::Subheading,
                u"Begäran %1 från %2 (%3): %4"_s.arg(day(request.requestedOn), request.requester.trimmed(),
                    request.requesterKind == core::RequesterKind::Resident ? u"den enskilde"_s : u"annan person"_s,
                    outcome) },
            { S::Body,
                u"Begärde %1: %2"_s.arg(
                    request.access == core::ReleaseAccess::Read ? u"att få läsa"_s : u"en kopia av"_s,
                    request.covers.trimmed()) },
            { S::Meta, noted(request.meta, staff) }
        };
        if (decision) {
            const QString by = staff.value(decision->meta.authorId, u"okänd personal"_s);
            block.append({ S::Body, u"Prövning: "_s + decision->assessment.trimmed() });
            for (const core::ConsentEvent &c : consents.value()) {
                if (!decision->consentId.isNull() && c.meta.id == decision->consentId) {
                    block.append({ S::Body,
                        u"Samtycke som användes: till %1, givet av %2 från %3."_s.arg(
                            c.recipient.trimmed(), c.givenBy.trimmed(), day(c.validFrom)) });
                }
            }
            block.append({ S::Body, u"Beslut: "_s + core::releaseJournalText(request, *decision, by) });
            block.append({ S::Meta, u"Beslutat %1 av %2"_s.arg(day(decision->decidedOn), by) });
        }
        section.blocks.append(block);
    }
    return section;
}

} // namespace akten::report::archiveparts
