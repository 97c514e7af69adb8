// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/coversheet.h"

#include "app/core/rules.h"
#include "app/models/modelsupport.h"

void CoverSheet::set(
    const akten::core::Resident &resident, const QString &unitName, const QString &contactPersons, const QDate &today)
{
    m_resident = resident;
    m_unitName = unitName;
    m_contactPersons = contactPersons;
    m_today = today;
    Q_EMIT changed();
}

QString CoverSheet::ageText() const
{
    return m_resident.birthDate.isValid() ? tr("%n år", nullptr, akten::core::ageOn(m_resident.birthDate, m_today))
                                          : QString();
}

QString CoverSheet::representative() const
{
    return m_resident.representative.isEmpty() ? tr("Ingen ställföreträdare") : m_resident.representative;
}

QString CoverSheet::movedIn() const
{
    return akten::models::formatDateSv(m_resident.movedIn);
}
