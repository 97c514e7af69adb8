// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/releasecontroller.h"

#include "app/models/releaseservice.h"
#include "app/store/masterdatarepository.h"

using namespace Qt::StringLiterals;
namespace core = akten::core;

ReleaseController::ReleaseController(
    akten::store::MasterDataRepository &master, ReleaseService &service, QObject *parent)
    : QObject(parent)
    , m_master(master)
    , m_service(service)
{ }

ReleaseController::~ReleaseController() = default;

void ReleaseController::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    m_fieldErrors.clear();
    m_errorText.clear();
    Q_EMIT changed();
}

void ReleaseController::setKiosk(bool kiosk)
{
    m_kiosk = kiosk;
    Q_EMIT changed();
}

void ReleaseController::clearError(const QString &field)
{
    if (m_fieldErrors.remove(field) == 0) {
        return;
    }
    if (m_fieldErrors.isEmpty()) {
        m_errorText.clear();
    }
    Q_EMIT changed();
}

void ReleaseController::clearErrors()
{
    m_fieldErrors.clear();
    m_errorText.clear();
    Q_EMIT changed();
}

bool ReleaseController::mayDecide(const QString &residentId) const
{
    const auto resident = m_master.resident(core::idFromString(residentId));
    return writable() && resident && ReleaseService::mayDecide(*m_viewer, resident.value());
}

bool ReleaseController::request(const QString &residentId, const QVariantMap &f)
{
    if (!writable()) {
        return finish(residentId, int(ReleaseService::Problem::NotAllowed), {});
    }
    core::ReleaseEvent request;
    request.residentId = core::idFromString(residentId);
    request.requester = f.value(u"requester"_s).toString().trimmed();
    request.requesterKind
        = f.value(u"requesterKind"_s).toInt() == 1 ? core::RequesterKind::Other : core::RequesterKind::Resident;
    request.access = f.value(u"access"_s).toInt() == 0 ? core::ReleaseAccess::Read : core::ReleaseAccess::Copy;
    request.covers = f.value(u"covers"_s).toString().trimmed();
    request.requestedOn = QDate::fromString(f.value(u"requestedOn"_s).toString().trimmed(), Qt::ISODate);
    const auto outcome = m_service.request(*m_viewer, request);
    QVariantMap errors;
    for (const core::ReleaseGap gap : outcome.gaps) {
        if (gap == core::ReleaseGap::Requester) {
            errors.insert(u"requester"_s, tr("Skriv vem som begär att få ta del av akten."));
        } else if (gap == core::ReleaseGap::Covers) {
            errors.insert(u"covers"_s, tr("Skriv vilka handlingar begäran gäller."));
        } else if (gap == core::ReleaseGap::RequestedOn) {
            errors.insert(u"requestedOn"_s, tr("Skriv när begäran kom, som ÅÅÅÅ-MM-DD."));
        }
    }
    return finish(residentId, int(outcome.problem), errors);
}

bool ReleaseController::decide(const QString &residentId, const QString &requestId, const QVariantMap &f)
{
    if (!writable()) {
        return finish(residentId, int(ReleaseService::Problem::NotAllowed), {});
    }
    core::ReleaseEvent d;
    d.residentId = core::idFromString(residentId);
    d.requestId = core::idFromString(requestId);
    const int outcome = f.value(u"outcome"_s, -1).toInt();
    d.outcome = outcome == 0 ? std::optional(core::ReleaseOutcome::Released)
        : outcome == 1       ? std::optional(core::ReleaseOutcome::Partial)
        : outcome == 2       ? std::optional(core::ReleaseOutcome::Refused)
                             : std::nullopt;
    d.assessment = f.value(u"assessment"_s).toString().trimmed();
    d.consentId = core::idFromString(f.value(u"consentId"_s).toString());
    const bool refused = d.outcome == core::ReleaseOutcome::Refused;
    d.recipient = refused ? QString() : f.value(u"recipient"_s).toString().trimmed();
    d.recipientChecked = !refused && f.value(u"recipientChecked"_s).toBool();
    d.recipientCheck = refused ? QString() : f.value(u"recipientCheck"_s).toString().trimmed();
    d.releasedCovers = refused ? QString() : f.value(u"releasedCovers"_s).toString().trimmed();
    const bool released = d.outcome == core::ReleaseOutcome::Released;
    d.reason = released ? QString() : f.value(u"reason"_s).toString().trimmed();
    d.appealNoted = !released && f.value(u"appealNoted"_s).toBool();
    const auto written = m_service.decide(*m_viewer, d);
    QVariantMap errors;
    for (const core::ReleaseGap gap : written.gaps) {
        switch (gap) {
        case core::ReleaseGap::Outcome:
            errors.insert(u"outcome"_s, tr("Välj beslut: lämna ut, lämna ut delvis eller avslå."));
            break;
        case core::ReleaseGap::Assessment:
            errors.insert(u"assessment"_s, tr("Skriv vad granskningen kom fram till."));
            break;
        case core::ReleaseGap::ConsentInvalid:
            errors.insert(u"consentId"_s, tr("Samtycket gäller inte i dag. Välj ett samtycke som gäller."));
            break;
        case core::ReleaseGap::Recipient:
            errors.insert(u"recipient"_s, tr("Skriv vem som får handlingarna."));
            break;
        case core::ReleaseGap::RecipientCheck:
            errors.insert(
                u"recipientCheck"_s, tr("Kontrollera mottagarens identitet och skriv hur, till exempel med id-kort."));
            break;
        case core::ReleaseGap::ReleasedCovers:
            errors.insert(u"releasedCovers"_s, tr("Skriv vad som lämnas ut."));
            break;
        case core::ReleaseGap::Reason:
            errors.insert(u"reason"_s, tr("Skriv skälet till att allt inte lämnas ut."));
            break;
        case core::ReleaseGap::Appeal:
            errors.insert(u"appealNoted"_s, tr("Berätta om rätten att överklaga och markera att det är gjort."));
            break;
        case core::ReleaseGap::Requester:
        case core::ReleaseGap::Covers:
        case core::ReleaseGap::RequestedOn:
            break;
        }
    }
    return finish(residentId, int(written.problem), errors);
}

bool ReleaseController::finish(const QString &residentId, int problem, const QVariantMap &errors)
{
    m_fieldErrors = errors;
    switch (ReleaseService::Problem(problem)) {
    case ReleaseService::Problem::None:
        m_errorText.clear();
        break;
    case ReleaseService::Problem::Incomplete:
        m_errorText = tr("Något saknas. Se fälten som är markerade.");
        break;
    case ReleaseService::Problem::NotAllowed:
        m_errorText = tr("Enhetschefen beslutar om utlämnande. Du kan skriva ner begäran.");
        break;
    case ReleaseService::Problem::NoRequest:
        m_errorText = tr("Begäran finns inte eller har redan fått ett beslut.");
        break;
    case ReleaseService::Problem::StoreFailed:
        m_errorText = tr("Det gick inte att spara. Ingenting sparades. Försök igen.");
        break;
    }
    Q_EMIT changed();
    if (problem == int(ReleaseService::Problem::None)) {
        Q_EMIT saved(residentId);
        return true;
    }
    return false;
}
