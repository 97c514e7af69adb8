// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Rules for signing at the bedside (domain.md D5): what a not-done reason must say, what the journal is told about
// it, and who may retract (makulera) a signature. Pure functions; Swedish text is what the journal stores.
#pragma once

#include "app/core/masterdata.h"
#include "app/core/occurrences.h"
#include "app/core/signing.h"

#include <QString>

namespace akten::core {

/** Longest comment staff may add to a not-done or retraction reason. */
constexpr int kMaxSigningComment = 500;

/** Why a signing request is refused; the UI says it in Swedish, logs and CLIs in English. */
enum class SigningRefusal {
    None,
    ReasonMissing, ///< not done, or a retraction, without a reason
    CommentMissing, ///< "Annan orsak" without words
    CommentTooLong,
    NotSignable, ///< a retraction or undo reason used for a signature, or the like
    NotAllowed, ///< not the signer nor the unit's manager (retraction)
    AlreadyRetracted,
};

/** The reason text a not-done signature stores: the label, and the comment if there is one. */
[[nodiscard]] QString notDoneReasonText(NotDoneReason reason, const QString &comment);

/** Checks a not-done reason and its comment. */
[[nodiscard]] SigningRefusal checkNotDone(NotDoneReason reason, const QString &comment);

/** Checks a retraction reason and its comment ("Ångra" is written by the app, never chosen). */
[[nodiscard]] SigningRefusal checkRetraction(RetractionReason reason, const QString &comment, bool undo);

/** The retraction's reason text: the label, and the comment if there is one. */
[[nodiscard]] QString retractionReasonText(RetractionReason reason, const QString &comment);

/**
 * The journal entry a not-done signature writes (category: deviation from the plan), in the guideline's style: the
 * resident's first name, the insats and its time, the reason, and the staff's own words.
 */
[[nodiscard]] QString deviationJournalText(
    const QString &residentFirstName, const Occurrence &occurrence, NotDoneReason reason, const QString &comment);

/** Whether `staff` may retract `signature` on a resident of `residentUnit`: its signer, or a manager of that unit. */
[[nodiscard]] bool mayRetract(const Staff &staff, const Signature &signature, const Id &residentUnit);

/** English, for logs and CLIs. */
[[nodiscard]] QString describe(SigningRefusal refusal);

} // namespace akten::core
