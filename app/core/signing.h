// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/recordmeta.h"

#include <QDateTime>
#include <QString>

namespace akten::core {

/** Whether the activity was done; not done requires a reason and is a deviation from the plan. */
enum class SignatureOutcome { Done, NotDone };

/** A signature on one signing-list item (an activity at a planned time), made at the bedside. Append-only. */
struct Signature
{
    RecordMeta meta;
    Id residentId;
    Id activityId;
    Id planRevisionId;
    QDateTime plannedFor; ///< the list slot (UTC)
    SignatureOutcome outcome = SignatureOutcome::Done;
    QString reason; ///< required when NotDone
    bool delegatedHsl = false; ///< delegated HSL task, kept apart from SoL/LSS insatser
};

/** Retraction of a signature made by mistake; the signature stays visible, marked retracted. Append-only. */
struct SignatureRetraction
{
    RecordMeta meta;
    Id signatureId;
    Id residentId;
    QString reason;
};

} // namespace akten::core
