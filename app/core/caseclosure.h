// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Closing a case (domain.md D3). Sensitive: the reason's text is personal data.
#pragma once

#include "app/core/recordmeta.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace akten::core {

/** Why a case is closed: the short list the unit manager chooses from. */
enum class ClosureReason { Moved, Deceased, InsatsEnded, Other };

/**
 * The unit manager's closure of a resident's record: after it the record is read-only on every tablet and at the
 * central store. Immutable; the final note is a journal entry (JournalCategory::FinalNote) written with it.
 */
struct CaseClosure
{
    RecordMeta meta;
    Id residentId;
    QDate closedOn; ///< care date
    ClosureReason reason = ClosureReason::Other;
    QString reasonText; ///< required for Other; may add to the others
    Id finalNoteId;
};

[[nodiscard]] QString toCode(ClosureReason reason);
[[nodiscard]] std::optional<ClosureReason> closureReasonFromCode(const QString &code);
/** "Flytt", "Avliden", "Insatsen upphör", "Annat". */
[[nodiscard]] QString labelSv(ClosureReason reason);
/** Every reason, in the order the form lists them. */
[[nodiscard]] QList<ClosureReason> closureReasons();

/** What is missing from a closure before it may be saved (the form shows each at its field). */
struct ClosureGaps
{
    bool noReason = false;
    bool noReasonText = false; ///< "annat" without saying what
    bool noFinalNote = false;
    [[nodiscard]] bool any() const { return noReason || noReasonText || noFinalNote; }
};
[[nodiscard]] ClosureGaps checkClosure(
    const std::optional<ClosureReason> &reason, const QString &reasonText, const QString &finalNote);

} // namespace akten::core
