// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/signingrules.h"
#include "app/store/signingday.h"

#include <QList>

namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
}
namespace akten::store {
class DeviceStore;
class MasterDataRepository;
} // namespace akten::store

/** Which occurrence a request is for, as the screen knows it; the service looks everything else up itself. */
struct OccurrenceRef
{
    akten::core::Id residentId;
    akten::core::Id planRevisionId;
    akten::core::Id activityId;
    QDate day;
    qint64 plannedMs = 0; ///< ignored for an activity done as needed
};

/**
 * The write path of signing at the bedside (domain.md D5): signatures (one or several at once), not done with its
 * deviation journal entry, retractions and undo. Each request is checked whole before anything is written: the
 * resident is in the user's scope, the occurrence is one the resident's plan really has, reasons are given, and only
 * the signer or the unit's manager retracts. Every record is written with its own audit event, all of a request in
 * one transaction (queued for sync by the store), so a failure leaves nothing. GUI thread, like its store.
 */
class SigningService
{
public:
    /** Why a request was refused; the screens say it in Swedish. */
    enum class Problem {
        None,
        OutOfScope, ///< a resident who is not in the user's units
        UnknownOccurrence, ///< not an occurrence of the resident's plan
        UnknownSignature,
        Refused, ///< a signing rule (see `refusal`)
        StoreFailed, ///< the store or the audit log could not write: nothing was written
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        akten::core::SigningRefusal refusal = akten::core::SigningRefusal::None;
        QList<akten::core::Signature> signatures; ///< what was written (sign, not done)
        QString logMessage; ///< English, for the log; never personal data
        explicit operator bool() const { return problem == Problem::None; }
    };

    SigningService(akten::store::DeviceStore &store, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock);

    /** Signs the occurrences as done, in one transaction (all or none). */
    [[nodiscard]] Outcome sign(const akten::auth::SessionUser &user, const QList<OccurrenceRef> &refs);
    /** Signs one occurrence as not done and writes its deviation entry in the journal, in one transaction. */
    [[nodiscard]] Outcome notDone(const akten::auth::SessionUser &user, const OccurrenceRef &ref,
        akten::core::NotDoneReason reason, const QString &comment);
    /** Retracts signatures (makulera; `undo` = "Ångra" right after signing, reason "ångrat direkt"). */
    [[nodiscard]] Outcome retract(const akten::auth::SessionUser &user, const QList<akten::core::Id> &signatureIds,
        akten::core::RetractionReason reason, const QString &comment, bool undo = false);

    /** The unit's signing window (the default if the unit is unknown). */
    [[nodiscard]] akten::core::SigningWindow windowOf(const akten::core::Id &unitId) const;

private:
    struct Target
    {
        akten::core::Resident resident;
        akten::core::Occurrence occurrence;
    };
    [[nodiscard]] Outcome resolve(const akten::auth::SessionUser &user, const OccurrenceRef &ref, Target &target);
    [[nodiscard]] akten::core::Signature signatureFor(
        const Target &target, akten::core::SignatureOutcome outcome, qint64 nowMs) const;

    akten::store::DeviceStore &m_store;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    akten::store::SigningDayReader m_reader;
};
