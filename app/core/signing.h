// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/recordmeta.h"

#include <QDateTime>
#include <QString>

namespace akten::core {

/** Whether the activity was done; not done requires a reason and is a deviation from the plan. */
enum class SignatureOutcome { Done, NotDone };

/** Why an insats was not done (the short list staff choose from). */
enum class NotDoneReason {
    Unspecified, ///< records written before reasons were coded
    Declined, ///< the resident declined
    Absent, ///< the resident was not there
    NotPossible, ///< it could not be done
    Other, ///< another reason, said in words
};

/** Why a signature was retracted (makulerad). */
enum class RetractionReason {
    Unspecified, ///< records written before reasons were coded
    Undone, ///< "Ångra" right after signing: "ångrat direkt"
    WrongResident,
    WrongInsats,
    WrongTime,
    Other,
};

/** A signature on one signing-list item (an activity at a planned time), made at the bedside. Append-only. */
struct Signature
{
    RecordMeta meta;
    Id residentId;
    Id activityId;
    Id planRevisionId;
    QDateTime plannedFor; ///< the list slot (UTC)
    SignatureOutcome outcome = SignatureOutcome::Done;
    QString reason; ///< required when NotDone: the reason in words (label and the staff's comment)
    bool delegatedHsl = false; ///< delegated HSL task, kept apart from SoL/LSS insatser
    NotDoneReason reasonCode = NotDoneReason::Unspecified;
    bool late = false; ///< signed after the occurrence's window had closed ("signerad i efterhand")
};

/** Retraction of a signature made by mistake; the signature stays visible, marked retracted. Append-only. */
struct SignatureRetraction
{
    RecordMeta meta;
    Id signatureId;
    Id residentId;
    QString reason;
    RetractionReason reasonCode = RetractionReason::Unspecified;
};

} // namespace akten::core
