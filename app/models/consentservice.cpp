// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/consentservice.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/core/enums.h"
#include "app/core/journal.h"
#include "app/models/journalwrite.h"
#include "app/store/consentrepository.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

ConsentService::Outcome problem(ConsentService::Problem p, const QString &log)
{
    ConsentService::Outcome outcome;
    outcome.problem = p;
    outcome.logMessage = log;
    return outcome;
}

} // namespace

ConsentService::ConsentService(
    store::DeviceStore &store, store::MasterDataRepository &master, auth::AccessAudit &audit, const core::Clock &clock)
    : m_store(store)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
{ }

ConsentService::Outcome ConsentService::give(const auth::SessionUser &user, core::ConsentEvent consent)
{
    const auto resident = m_master.resident(consent.residentId);
    if (!resident || !auth::inScope(user, resident.value())) {
        return problem(Problem::NotAllowed, u"the resident is not in the user's units"_s);
    }
    consent.action = core::ConsentAction::Given;
    consent.revokesId = {};
    if (const auto gaps = core::consentGaps(consent); !gaps.isEmpty()) {
        Outcome outcome = problem(Problem::Incomplete, u"the consent is not complete"_s);
        outcome.gaps = gaps;
        return outcome;
    }
    return write(user, resident.value().unitId, consent, core::consentJournalText(consent));
}

ConsentService::Outcome ConsentService::revoke(
    const auth::SessionUser &user, const core::Id &residentId, const core::Id &consentId, core::ConsentEvent revocation)
{
    const auto resident = m_master.resident(residentId);
    if (!resident || !auth::inScope(user, resident.value())) {
        return problem(Problem::NotAllowed, u"the resident is not in the user's units"_s);
    }
    const auto events = store::ConsentRepository(m_store.db()).consents(residentId);
    if (!events) {
        return problem(Problem::StoreFailed, events.error().message);
    }
    const QDate today = core::careDate(m_clock.nowMs());
    const core::ConsentEvent *consent = nullptr;
    for (const core::ConsentEvent &event : events.value()) {
        if (event.meta.id == consentId && event.action == core::ConsentAction::Given) {
            consent = &event;
        }
    }
    // A consent not yet in force may be revoked too; one expired or already revoked has nothing left to revoke.
    const auto status = consent ? core::consentStatus(*consent, events.value(), today) : core::ConsentStatus::Revoked;
    if (status == core::ConsentStatus::Revoked || status == core::ConsentStatus::Expired) {
        return problem(Problem::NotInForce, u"the consent is not in force"_s);
    }
    revocation.residentId = residentId;
    revocation.action = core::ConsentAction::Revoked;
    revocation.revokesId = consentId;
    revocation.recipient = consent->recipient;
    revocation.scope = consent->scope;
    revocation.recipientUnitId = consent->recipientUnitId;
    revocation.coversPlan = consent->coversPlan;
    revocation.validFrom = today;
    revocation.validTo = std::nullopt;
    QList<core::ConsentGap> gaps;
    for (const core::ConsentGap gap : core::consentGaps(revocation)) {
        if (gap == core::ConsentGap::GivenBy || gap == core::ConsentGap::GivenByKind || gap == core::ConsentGap::Mandate
            || gap == core::ConsentGap::Form) {
            gaps << gap;
        }
    }
    if (!gaps.isEmpty()) {
        Outcome outcome = problem(Problem::Incomplete, u"the revocation is not complete"_s);
        outcome.gaps = gaps;
        return outcome;
    }
    return write(user, resident.value().unitId, revocation, core::revocationJournalText(revocation, *consent));
}

ConsentService::Outcome ConsentService::write(
    const auth::SessionUser &user, const core::Id &unitId, core::ConsentEvent &event, const QString &journalText)
{
    core::JournalEntry entry = models::journalEntryBy(
        user, event.residentId, core::careDate(m_clock.nowMs()), core::JournalCategory::Consent, journalText);
    // The audit detail names the revoked consent (an id, never content) so log control can follow the chain.
    const QString detail = event.action == core::ConsentAction::Revoked
        ? u"revoked %1"_s.arg(core::idToString(event.revokesId))
        : u"given"_s;
    const QList<auth::AuditedWrite> writes {
        { u"write.consent"_s, event.residentId, unitId, detail,
            [&](store::DeviceStore &store) {
                event.meta = store.stamper().stamp(user.staffId);
                return store::ConsentRepository(store.db()).appendConsent(event);
            } },
        models::journalWrite(user, entry, unitId),
    };
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    outcome.eventId = event.meta.id;
    return outcome;
}
