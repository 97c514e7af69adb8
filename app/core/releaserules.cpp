// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/releaserules.h"

#include "app/core/codetable.h"

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

constexpr CodeTable<ReleaseStage, 2> kStages { { { ReleaseStage::Request, "request" },
    { ReleaseStage::Decision, "decision" } } };
constexpr CodeTable<RequesterKind, 2> kKinds { { { RequesterKind::Resident, "resident" },
    { RequesterKind::Other, "other" } } };
constexpr CodeTable<ReleaseAccess, 2> kAccess { { { ReleaseAccess::Read, "read" }, { ReleaseAccess::Copy, "copy" } } };
constexpr CodeTable<ReleaseOutcome, 3> kOutcomes { { { ReleaseOutcome::Released, "released" },
    { ReleaseOutcome::Partial, "partial" }, { ReleaseOutcome::Refused, "refused" } } };

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

QList<ReleaseGap> releaseRequestGaps(const ReleaseEvent &r)
{
    QList<ReleaseGap> gaps;
    if (blank(r.requester)) {
        gaps << ReleaseGap::Requester;
    }
    if (blank(r.covers)) {
        gaps << ReleaseGap::Covers;
    }
    if (!r.requestedOn.isValid()) {
        gaps << ReleaseGap::RequestedOn;
    }
    return gaps;
}

QList<ReleaseGap> releaseDecisionGaps(const ReleaseEvent &d, bool consentValid)
{
    QList<ReleaseGap> gaps;
    if (!d.outcome) {
        gaps << ReleaseGap::Outcome;
    }
    if (blank(d.assessment)) {
        gaps << ReleaseGap::Assessment;
    }
    if (!d.consentId.isNull() && !consentValid) {
        gaps << ReleaseGap::ConsentInvalid;
    }
    if (d.outcome && *d.outcome != ReleaseOutcome::Refused) {
        if (blank(d.recipient)) {
            gaps << ReleaseGap::Recipient;
        }
        if (!d.recipientChecked || blank(d.recipientCheck)) {
            gaps << ReleaseGap::RecipientCheck;
        }
        if (blank(d.releasedCovers)) {
            gaps << ReleaseGap::ReleasedCovers;
        }
    }
    if (d.outcome && *d.outcome != ReleaseOutcome::Released) {
        if (blank(d.reason)) {
            gaps << ReleaseGap::Reason;
        }
        if (!d.appealNoted) {
            gaps << ReleaseGap::Appeal;
        }
    }
    return gaps;
}

std::optional<ReleaseEvent> decisionOf(const ReleaseEvent &request, const QList<ReleaseEvent> &events)
{
    std::optional<ReleaseEvent> found;
    for (const ReleaseEvent &event : events) {
        if (event.stage == ReleaseStage::Decision && event.requestId == request.meta.id
            && (!found || found->meta.hlc < event.meta.hlc)) {
            found = event;
        }
    }
    return found;
}

QString releaseJournalText(const ReleaseEvent &request, const ReleaseEvent &d, const QString &decidedBy)
{
    const QString asked = u"%1 begärde %2 %3 (begäran %4)."_s.arg(request.requester.trimmed(),
        request.access == ReleaseAccess::Read ? u"att få läsa"_s : u"en kopia av"_s, request.covers.trimmed(),
        request.requestedOn.toString(Qt::ISODate));
    const QString date = d.decidedOn.toString(Qt::ISODate);
    if (d.outcome == ReleaseOutcome::Refused) {
        return u"Utlämnande avslaget. %1 %2 beslutade %3 att inte lämna ut handlingarna. Skäl: %4. Den som begärde "
               "har fått veta att beslutet kan överklagas."_s.arg(asked, decidedBy, date, d.reason.trimmed());
    }
    QString text = u"Utlämnande. %1 %2 fick %3 den %4: %5. Mottagarens identitet kontrollerades (%6). Utlämnat av "
                   "%7."_s.arg(asked, d.recipient.trimmed(),
                       request.access == ReleaseAccess::Read ? u"läsa handlingarna"_s : u"en kopia"_s, date,
                       d.releasedCovers.trimmed(), d.recipientCheck.trimmed(), decidedBy);
    if (d.outcome == ReleaseOutcome::Partial) {
        text += u" Delvis utlämnat. Skäl: %1. Den som begärde har fått veta att beslutet kan överklagas."_s.arg(
            d.reason.trimmed());
    }
    return text;
}

QString toCode(ReleaseStage v)
{
    return codeOf(kStages, v);
}

QString toCode(RequesterKind v)
{
    return codeOf(kKinds, v);
}

QString toCode(ReleaseAccess v)
{
    return codeOf(kAccess, v);
}

QString toCode(ReleaseOutcome v)
{
    return codeOf(kOutcomes, v);
}

template<> std::optional<ReleaseStage> fromCode<ReleaseStage>(const QString &code)
{
    return valueOf(kStages, code);
}

template<> std::optional<RequesterKind> fromCode<RequesterKind>(const QString &code)
{
    return valueOf(kKinds, code);
}

template<> std::optional<ReleaseAccess> fromCode<ReleaseAccess>(const QString &code)
{
    return valueOf(kAccess, code);
}

template<> std::optional<ReleaseOutcome> fromCode<ReleaseOutcome>(const QString &code)
{
    return valueOf(kOutcomes, code);
}

} // namespace akten::core
