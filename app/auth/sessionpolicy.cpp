// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/auth/sessionpolicy.h"

#include <algorithm>

namespace akten::auth {

SessionPolicy SessionPolicy::forDevice(bool kiosk)
{
    SessionPolicy policy;
    policy.idleLockSeconds = kiosk ? 2 * 60 : 5 * 60;
    policy.kiosk = kiosk;
    return policy;
}

SessionPolicy SessionPolicy::clamped() const
{
    SessionPolicy policy = *this;
    policy.idleLockSeconds = std::clamp(idleLockSeconds, 30, 30 * 60);
    policy.reauthSeconds = std::clamp(reauthSeconds, 15 * 60, 12 * 3600);
    policy.pinEntrySeconds = std::clamp(pinEntrySeconds, 15, 5 * 60);
    policy.maxFailures = std::clamp(maxFailures, 1, 10);
    policy.kioskLogoutSeconds = std::clamp(kioskLogoutSeconds, 10, 120);
    return policy;
}

bool inScope(const SessionUser &user, const core::Resident &resident)
{
    return user.role == core::StaffRole::Sas || user.unitIds.contains(resident.unitId);
}

bool isContactPerson(const SessionUser &user, const core::Resident &resident)
{
    return resident.contactPersonIds.contains(user.staffId);
}

SessionUser sessionUserOf(const core::Staff &staff)
{
    return { staff.id, staff.displayName(), staff.title, staff.role, staff.unitIds };
}

} // namespace akten::auth
