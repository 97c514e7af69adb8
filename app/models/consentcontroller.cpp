// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/consentcontroller.h"

#include "app/models/consentservice.h"
#include "app/store/masterdatarepository.h"

using namespace Qt::StringLiterals;
namespace core = akten::core;

namespace {

std::optional<QDate> parseDate(const QVariant &value)
{
    const QDate date = QDate::fromString(value.toString().trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional(date) : std::nullopt;
}

/** The givers' fields, shared by a consent and its revocation. */
void readGiver(const QVariantMap &f, core::ConsentEvent &e)
{
    const int kind = f.value(u"givenByKind"_s, -1).toInt();
    e.givenByKind = kind == 0 ? std::optional(core::ConsentGiver::Resident)
        : kind == 1           ? std::optional(core::ConsentGiver::Representative)
                              : std::nullopt;
    e.givenBy = f.value(u"givenBy"_s).toString().trimmed();
    e.mandate
        = e.givenByKind == core::ConsentGiver::Representative ? f.value(u"mandate"_s).toString().trimmed() : QString();
    const int form = f.value(u"form"_s, -1).toInt();
    e.form = form == 0 ? std::optional(core::ConsentForm::Written)
        : form == 1    ? std::optional(core::ConsentForm::Oral)
                       : std::nullopt;
}

} // namespace

ConsentController::ConsentController(
    akten::store::MasterDataRepository &master, ConsentService &service, QObject *parent)
    : QObject(parent)
    , m_master(master)
    , m_service(service)
{ }

ConsentController::~ConsentController() = default;

void ConsentController::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    m_fieldErrors.clear();
    m_errorText.clear();
    Q_EMIT changed();
}

void ConsentController::setKiosk(bool kiosk)
{
    m_kiosk = kiosk;
    Q_EMIT changed();
}

QStringList ConsentController::unitNames() const
{
    QStringList names;
    if (const auto units = m_master.units()) {
        for (const auto &unit : units.value()) {
            names << unit.name;
        }
    }
    return names;
}

void ConsentController::clearError(const QString &field)
{
    if (m_fieldErrors.remove(field) == 0) {
        return;
    }
    if (m_fieldErrors.isEmpty()) {
        m_errorText.clear();
    }
    Q_EMIT changed();
}

void ConsentController::clearErrors()
{
    m_fieldErrors.clear();
    m_errorText.clear();
    Q_EMIT changed();
}

bool ConsentController::give(const QString &residentId, const QVariantMap &f)
{
    if (!writable()) {
        return finish(residentId, int(ConsentService::Problem::NotAllowed), {});
    }
    core::ConsentEvent consent;
    consent.residentId = core::idFromString(residentId);
    const int unit = f.value(u"recipientUnit"_s, -1).toInt();
    const auto units = m_master.units();
    if (units && unit >= 0 && unit < units.value().size()) {
        consent.recipientUnitId = units.value().at(unit).id;
        consent.recipient = units.value().at(unit).name;
    } else {
        consent.recipient = f.value(u"recipient"_s).toString().trimmed();
    }
    consent.coversPlan = f.value(u"coversPlan"_s).toBool();
    consent.scope = f.value(u"scope"_s).toString().trimmed();
    QVariantMap errors;
    const auto from = parseDate(f.value(u"validFrom"_s));
    consent.validFrom = from.value_or(QDate());
    if (!f.value(u"validTo"_s).toString().trimmed().isEmpty()) {
        if (const auto to = parseDate(f.value(u"validTo"_s))) {
            consent.validTo = to;
        } else {
            errors.insert(u"validTo"_s, tr("Skriv slutdatumet som ÅÅÅÅ-MM-DD, eller lämna fältet tomt."));
        }
    }
    readGiver(f, consent);
    // The rules are the service's (core::consentGaps); they are read here too so that a date that does not read is
    // said together with the rest of what is missing.
    const QList<core::ConsentGap> gaps = core::consentGaps(consent);
    for (const core::ConsentGap gap : gaps) {
        switch (gap) {
        case core::ConsentGap::Recipient:
            errors.insert(u"recipient"_s, tr("Skriv vem som får ta del av uppgifterna, eller välj en enhet."));
            break;
        case core::ConsentGap::Scope:
            errors.insert(u"scope"_s, tr("Skriv vilka uppgifter samtycket gäller."));
            break;
        case core::ConsentGap::ValidFrom:
            errors.insert(u"validFrom"_s, tr("Skriv från vilket datum samtycket gäller, som ÅÅÅÅ-MM-DD."));
            break;
        case core::ConsentGap::EndsBeforeStart:
            errors.insert(u"validTo"_s, tr("Slutdatumet är före startdatumet. Rätta något av datumen."));
            break;
        case core::ConsentGap::GivenByKind:
            errors.insert(u"givenByKind"_s, tr("Välj vem som gav samtycket."));
            break;
        case core::ConsentGap::GivenBy:
            errors.insert(u"givenBy"_s, tr("Skriv namnet på den som gav samtycket."));
            break;
        case core::ConsentGap::Mandate:
            errors.insert(u"mandate"_s, tr("Skriv företrädarens uppdrag, till exempel god man eller fullmakt."));
            break;
        case core::ConsentGap::Form:
            errors.insert(u"form"_s, tr("Välj om samtycket är skriftligt eller muntligt."));
            break;
        case core::ConsentGap::Revoked:
            break;
        }
    }
    if (!errors.isEmpty()) {
        return finish(residentId, int(ConsentService::Problem::Incomplete), errors);
    }
    return finish(residentId, int(m_service.give(*m_viewer, consent).problem), {});
}

bool ConsentController::revoke(const QString &residentId, const QString &consentId, const QVariantMap &f)
{
    if (!writable()) {
        return finish(residentId, int(ConsentService::Problem::NotAllowed), {});
    }
    core::ConsentEvent revocation;
    readGiver(f, revocation);
    const auto outcome
        = m_service.revoke(*m_viewer, core::idFromString(residentId), core::idFromString(consentId), revocation);
    QVariantMap errors;
    for (const core::ConsentGap gap : outcome.gaps) {
        if (gap == core::ConsentGap::GivenByKind) {
            errors.insert(u"givenByKind"_s, tr("Välj vem som återkallade samtycket."));
        } else if (gap == core::ConsentGap::GivenBy) {
            errors.insert(u"givenBy"_s, tr("Skriv namnet på den som återkallade samtycket."));
        } else if (gap == core::ConsentGap::Mandate) {
            errors.insert(u"mandate"_s, tr("Skriv företrädarens uppdrag, till exempel god man eller fullmakt."));
        } else if (gap == core::ConsentGap::Form) {
            errors.insert(u"form"_s, tr("Välj om återkallelsen är skriftlig eller muntlig."));
        }
    }
    return finish(residentId, int(outcome.problem), errors);
}

bool ConsentController::finish(const QString &residentId, int problem, const QVariantMap &errors)
{
    m_fieldErrors = errors;
    switch (ConsentService::Problem(problem)) {
    case ConsentService::Problem::None:
        m_errorText.clear();
        break;
    case ConsentService::Problem::Incomplete:
        m_errorText = tr("Något saknas. Se fälten som är markerade.");
        break;
    case ConsentService::Problem::NotAllowed:
        m_errorText = tr("Du kan inte anteckna samtycken för den här personen här.");
        break;
    case ConsentService::Problem::NotInForce:
        m_errorText = tr("Samtycket gäller inte längre och kan inte återkallas.");
        break;
    case ConsentService::Problem::StoreFailed:
        m_errorText = tr("Det gick inte att spara. Ingenting sparades. Försök igen.");
        break;
    }
    Q_EMIT changed();
    if (problem == int(ConsentService::Problem::None)) {
        Q_EMIT saved(residentId);
        return true;
    }
    return false;
}
