// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/consentrules.h"

#include "app/core/codetable.h"

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

constexpr CodeTable<ConsentGiver, 2> kGivers { { { ConsentGiver::Resident, "resident" },
    { ConsentGiver::Representative, "representative" } } };
constexpr CodeTable<ConsentForm, 2> kForms { { { ConsentForm::Written, "written" }, { ConsentForm::Oral, "oral" } } };

bool blank(const QString &text)
{
    return text.trimmed().isEmpty();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

std::optional<ConsentEvent> revocationOf(const ConsentEvent &consent, const QList<ConsentEvent> &events)
{
    for (const ConsentEvent &event : events) {
        if (event.action != ConsentAction::Revoked || event.residentId != consent.residentId) {
            continue;
        }
        if (event.revokesId == consent.meta.id) {
            return event;
        }
        if (event.revokesId.isNull() && event.recipient == consent.recipient && event.scope == consent.scope
            && event.validFrom >= consent.validFrom) {
            return event;
        }
    }
    return std::nullopt;
}

ConsentStatus consentStatus(const ConsentEvent &consent, const QList<ConsentEvent> &events, QDate today)
{
    if (const auto revocation = revocationOf(consent, events); revocation && revocation->validFrom <= today) {
        return ConsentStatus::Revoked;
    }
    if (today < consent.validFrom) {
        return ConsentStatus::NotYetValid;
    }
    if (consent.validTo && today > *consent.validTo) {
        return ConsentStatus::Expired;
    }
    return ConsentStatus::Valid;
}

QList<ConsentGap> consentGaps(const ConsentEvent &c)
{
    QList<ConsentGap> gaps;
    if (blank(c.recipient)) {
        gaps << ConsentGap::Recipient;
    }
    if (blank(c.scope) && !c.coversPlan) {
        gaps << ConsentGap::Scope;
    }
    if (!c.validFrom.isValid()) {
        gaps << ConsentGap::ValidFrom;
    } else if (c.validTo && (!c.validTo->isValid() || *c.validTo < c.validFrom)) {
        gaps << ConsentGap::EndsBeforeStart;
    }
    if (!c.givenByKind) {
        gaps << ConsentGap::GivenByKind;
    }
    if (blank(c.givenBy)) {
        gaps << ConsentGap::GivenBy;
    }
    if (c.givenByKind == ConsentGiver::Representative && blank(c.mandate)) {
        gaps << ConsentGap::Mandate;
    }
    if (!c.form) {
        gaps << ConsentGap::Form;
    }
    return gaps;
}

std::optional<ConsentEvent> planReadConsent(const QList<ConsentEvent> &events, const Id &unitId, QDate today)
{
    std::optional<ConsentEvent> found;
    for (const ConsentEvent &event : events) {
        if (event.action == ConsentAction::Given && event.coversPlan && !unitId.isNull()
            && event.recipientUnitId == unitId && consentStatus(event, events, today) == ConsentStatus::Valid
            && (!found || found->meta.hlc < event.meta.hlc)) {
            found = event;
        }
    }
    return found;
}

QString consentJournalText(const ConsentEvent &c)
{
    const QString how = c.form == ConsentForm::Oral ? u"muntligt"_s : u"skriftligt"_s;
    const QString who = c.givenByKind == ConsentGiver::Representative
        ? u"%1 (företrädare: %2)"_s.arg(c.givenBy.trimmed(), c.mandate.trimmed())
        : u"%1 (den enskilde)"_s.arg(c.givenBy.trimmed());
    QStringList data;
    if (c.coversPlan) {
        data << u"genomförandeplanen"_s;
    }
    if (!blank(c.scope)) {
        data << c.scope.trimmed();
    }
    const QString period = c.validTo ? u"från %1 till och med %2"_s.arg(isoDate(c.validFrom), isoDate(*c.validTo))
                                     : u"från %1 tills vidare"_s.arg(isoDate(c.validFrom));
    return u"Samtycke till att häva sekretess. %1 samtyckte %2 till att %3 får ta del av: %4. Samtycket gäller %5 "
           "och kan återkallas när som helst."_s.arg(who, how, c.recipient.trimmed(), data.join(u", "_s), period);
}

QString revocationJournalText(const ConsentEvent &revocation, const ConsentEvent &consent)
{
    return u"Samtycke återkallat. %1 återkallade %2 samtycket till att %3 får ta del av uppgifter (samtycket gavs "
           "%4). Uppgifter lämnas inte längre ut med stöd av samtycket från och med %5."_s.arg(
               revocation.givenBy.trimmed(), revocation.form == ConsentForm::Oral ? u"muntligt"_s : u"skriftligt"_s,
               consent.recipient.trimmed(), isoDate(consent.validFrom), isoDate(revocation.validFrom));
}

QString toCode(ConsentGiver v)
{
    return codeOf(kGivers, v);
}

QString toCode(ConsentForm v)
{
    return codeOf(kForms, v);
}

template<> std::optional<ConsentGiver> fromCode<ConsentGiver>(const QString &code)
{
    return valueOf(kGivers, code);
}

template<> std::optional<ConsentForm> fromCode<ConsentForm>(const QString &code)
{
    return valueOf(kForms, code);
}

} // namespace akten::core
