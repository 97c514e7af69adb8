// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Master data owned by the central store and read on the device: units, staff, residents, decisions.
// Sensitive: resident names, personal identity numbers and decision texts are personal data — never log them.
#pragma once

#include "app/core/ids.h"
#include "app/core/writingassistant.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace akten::core {

enum class Law { SoL, LSS };
enum class UnitKind { SarskiltBoende, LssGruppbostad };
/** Roles held by a staff member. Kontaktman is per resident (Resident::contactPersonIds), not a role here. */
enum class StaffRole { CareStaff, UnitManager, Sas };

/** The unit's default signing window around an activity's time (an activity may set its own). */
struct SigningWindow
{
    int beforeMinutes = 30;
    int afterMinutes = 60;
    bool operator==(const SigningWindow &) const = default;
};

/** How residents are named where anyone passing can read (the kiosk's idle board): never by name. */
enum class BoardLabel { Room, Initials };

/** A care unit: a särskilt boende or an LSS group home, with its signing settings. */
struct Unit
{
    Id id;
    QString name;
    UnitKind kind = UnitKind::SarskiltBoende;
    QString municipality;
    SigningWindow signingWindow {};
    BoardLabel boardLabel = BoardLabel::Room;
    QList<Abbreviation> abbreviations {}; ///< the unit's own, kept by the SAS (the writing assistant flags them too)
};

/** A staff member with title (shown in the journal) and role; works in one or more units. */
struct Staff
{
    Id id;
    QString firstName;
    QString lastName;
    QString title; ///< e.g. "undersköterska", "stödassistent", "enhetschef"
    StaffRole role = StaffRole::CareStaff;
    QList<Id> unitIds;
    bool active = true;

    [[nodiscard]] QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
};

/** A resident (den enskilde). Protected identity (skyddade personuppgifter) masks them in every list. */
struct Resident
{
    Id id;
    Id unitId;
    QString firstName;
    QString lastName;
    QString personalNumber; ///< personnummer, "ÅÅÅÅMMDD-NNNN"
    QDate birthDate;
    QString room;
    bool protectedIdentity = false;
    QList<Id> contactPersonIds; ///< kontaktman (staff ids)
    QString representative; ///< ställföreträdare (god man / förvaltare), empty if none
    QDate movedIn;

    [[nodiscard]] QString displayName() const { return firstName + QLatin1Char(' ') + lastName; }
    [[nodiscard]] bool isChildOn(const QDate &day) const;
};

/** A granted insats within a decision, e.g. "Boende i gruppbostad" (LSS 9 § 9) or "Hemtjänst: personlig omvårdnad". */
struct Insats
{
    Id id;
    QString title;
    QString legalReference; ///< e.g. "4 kap. 1 § SoL", "9 § 9 LSS"
    QString scope; ///< omfattning as decided
};

/** The case officer's decision and assignment (beslut och uppdrag) to the provider. */
struct Decision
{
    Id id;
    Id residentId;
    Law law = Law::SoL;
    QString decidedBy; ///< handläggare name and title; outside the unit
    QDate decidedOn;
    QDate validFrom;
    std::optional<QDate> validTo;
    QString goals; ///< the case officer's goals for the insatser
    QString assignment; ///< uppdrag text to the provider
    QList<Insats> insatser;
};

/** An entry in the register of received and created documents of the genomförandeakt. */
struct DocumentRecord
{
    Id id;
    Id residentId;
    QString kind; ///< e.g. "Beslut om färdtjänst", "Fullmakt", "Fallrapport"
    QString title;
    QDate date;
    bool received = true; ///< received (inkommen) or created (upprättad)
    Id registeredBy;
};

} // namespace akten::core
