// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/consent.h"
#include "app/core/masterdata.h"

#include <QDate>
#include <QString>

#include <optional>

namespace akten::store {
class Database;
}

/**
 * Whether the record's plan may be shown at the resident's unit (domain.md D2: "A new provider unit may read the
 * latest plan only with the resident's consent"). A plan whose newest head was set before the resident moved in
 * (residents.moved_in, master data) was set by the previous unit: it is shown only with a consent given to the
 * resident's present unit, covering the plan, valid today (core::planReadConsent), and the screen and the audit event
 * name that consent. A plan set since the move, or a resident without a moved-in date, needs none.
 *
 * Every path that reads the plan's content asks this one check: the record's plan section (RecordController), the
 * versions compared side by side (PlanConflictModel), Lättläst on screen and its printout (EasyReadModel), the
 * follow-up (FollowUpController) and the plan editor's start, which begins the new unit's plan empty instead of
 * copying the old one (loadPlanEditorStart). Not gated, on purpose: Nu, the board, the kiosk and signing show the
 * day's insatser to be given and signed — care delivery that cannot wait for a consent, not a reading of the plan's
 * goals, participation and assessments; Min akt likewise shows only what was signed for the resident (who is the data
 * subject, not "another unit"), and its Lättläst plan goes through EasyReadModel and so through this check.
 */
struct PlanReadGate
{
    bool locked = false; ///< set by the previous unit and no valid consent: nothing of it is shown
    std::optional<akten::core::ConsentEvent> consent; ///< the consent it is shown with
    QString notice; ///< Swedish: why it is hidden, or which consent it is shown with; empty when neither

    [[nodiscard]] static PlanReadGate of(
        akten::store::Database &db, const akten::core::Resident &resident, QDate today);

    /** The audit event's detail: "consent <id>", "no consent" when locked, empty when no consent was needed. */
    [[nodiscard]] QString auditDetail() const;
};
