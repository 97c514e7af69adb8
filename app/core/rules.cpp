// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/rules.h"

namespace akten::core {

QDate planDueBy(const QDate &insatsStarted)
{
    return insatsStarted.addDays(21);
}

int ageOn(const QDate &birthDate, const QDate &day)
{
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day())) {
        --age;
    }
    return age;
}

QDate followUpDueBy(const QDate &planDate, const QDate &birthDate)
{
    const bool child = birthDate.isValid() && ageOn(birthDate, planDate) < 18;
    return planDate.addMonths(child ? 4 : 6);
}

QDate dayNoteExpiry(const QDate &written)
{
    return written.addDays(90);
}

} // namespace akten::core
