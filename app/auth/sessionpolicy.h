// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/masterdata.h"

#include <QList>
#include <QString>

namespace akten::auth {

/**
 * Session rules from the settings file. Defaults are the safe values; clamped() keeps any configured value inside
 * what the security model allows (re-authentication at least every 12 hours, at most 10 failed PINs).
 */
struct SessionPolicy
{
    int idleLockSeconds = 5 * 60; ///< tablets 5 min, kiosks 2 min
    int reauthSeconds = 12 * 3600;
    int pinEntrySeconds = 60; ///< a tapped badge waits this long for its PIN
    int maxFailures = 5;
    /// A wall kiosk: a session never locks for a person; it ends after kioskLogoutSeconds without a touch.
    bool kiosk = false;
    int kioskLogoutSeconds = 20;

    [[nodiscard]] static SessionPolicy forDevice(bool kiosk);
    [[nodiscard]] SessionPolicy clamped() const;
};

/** Who is logged in, as the session and the access checks need it. */
struct SessionUser
{
    core::Id staffId;
    QString displayName;
    QString title;
    core::StaffRole role = core::StaffRole::CareStaff;
    QList<core::Id> unitIds;
};

/** Whether the user may see this resident at all: their own units; SAS sees every unit on the device. */
[[nodiscard]] bool inScope(const SessionUser &user, const core::Resident &resident);
/** Whether the user is one of the resident's kontaktman. */
[[nodiscard]] bool isContactPerson(const SessionUser &user, const core::Resident &resident);
/** The user as the session knows them, from master data. */
[[nodiscard]] SessionUser sessionUserOf(const core::Staff &staff);

} // namespace akten::auth
