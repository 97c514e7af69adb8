// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/planreadgate.h"

#include "app/core/consentrules.h"
#include "app/models/modelsupport.h"
#include "app/store/consentrepository.h"
#include "app/store/planrepository.h"

#include <QCoreApplication>

#include <algorithm>

using akten::models::formatDateSv;

PlanReadGate PlanReadGate::of(akten::store::Database &db, const akten::core::Resident &resident, QDate today)
{
    PlanReadGate gate;
    const auto heads = akten::store::PlanRepository(db).heads(resident.id);
    if (!heads || heads.value().isEmpty() || !resident.movedIn.isValid()) {
        return gate;
    }
    const auto &latest = *std::max_element(heads.value().cbegin(), heads.value().cend(),
        [](const auto &a, const auto &b) { return a.meta.hlc < b.meta.hlc; });
    const QDate set = latest.establishedOn.isValid() ? latest.establishedOn : akten::core::careDate(latest.meta.wallMs);
    if (set >= resident.movedIn) {
        return gate;
    }
    const auto consents = akten::store::ConsentRepository(db).consents(resident.id);
    if (consents) {
        gate.consent = akten::core::planReadConsent(consents.value(), resident.unitId, today);
    }
    if (!gate.consent) {
        gate.locked = true;
        gate.notice = QCoreApplication::translate("PlanReadGate",
            "Planen upprättades av den enhet där personen bodde före %1. Den visas här bara med personens samtycke. "
            "Anteckna ett samtycke som gäller för den här enheten och omfattar genomförandeplanen under Samtycken.")
                          .arg(formatDateSv(resident.movedIn));
        return gate;
    }
    const auto &c = *gate.consent;
    gate.notice = c.validTo
        ? QCoreApplication::translate("PlanReadGate", "Visas med samtycke som %1 gav %2, gäller till och med %3.")
              .arg(c.givenBy.trimmed(), formatDateSv(c.validFrom), formatDateSv(*c.validTo))
        : QCoreApplication::translate("PlanReadGate", "Visas med samtycke som %1 gav %2, gäller tills vidare.")
              .arg(c.givenBy.trimmed(), formatDateSv(c.validFrom));
    return gate;
}

QString PlanReadGate::auditDetail() const
{
    if (consent) {
        return QStringLiteral("consent %1").arg(akten::core::idToString(consent->meta.id));
    }
    return locked ? QStringLiteral("no consent") : QString();
}
