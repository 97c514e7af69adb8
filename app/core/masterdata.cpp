// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/masterdata.h"

#include "app/core/rules.h"

namespace akten::core {

bool Resident::isChildOn(const QDate &day) const
{
    return birthDate.isValid() && ageOn(birthDate, day) < 18;
}

} // namespace akten::core
