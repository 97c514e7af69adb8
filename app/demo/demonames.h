// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Invented people of the demo unit. Any likeness to real persons is coincidental; personal numbers use the serial
// range 98x with a valid check digit and are fictitious.
#pragma once

#include "app/core/masterdata.h"

#include <QDate>
#include <QList>
#include <QString>

namespace akten::demo {

enum class DemoUnit { Bjorkgarden, Solrosen };

struct DemoPerson
{
    const char16_t *firstName;
    const char16_t *lastName;
    const char16_t *title; ///< staff: title; residents: empty
    core::StaffRole role = core::StaffRole::CareStaff;
    DemoUnit unit = DemoUnit::Bjorkgarden;
    bool bothUnits = false; ///< SAS works across units
};

struct DemoResidentSeed
{
    const char16_t *firstName;
    const char16_t *lastName;
    bool female;
    int ageYears; ///< on the generation date
    DemoUnit unit;
    bool protectedIdentity;
    const char16_t *representative; ///< empty if none
};

[[nodiscard]] const QList<DemoPerson> &demoStaff();
[[nodiscard]] const QList<DemoResidentSeed> &demoResidents();
/** "ÅÅÅÅMMDD-98NC" with a valid Luhn check digit C. */
[[nodiscard]] QString fictitiousPersonalNumber(const QDate &birthDate, int serialDigit, bool female);

} // namespace akten::demo
