// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/recordmeta.h"

#include <QDate>
#include <QString>

#include <optional>

namespace akten::core {

enum class ConsentAction { Given, Revoked };
/** Who gave a consent (domain.md D6): the resident, or a representative with a mandate (god man, fullmakt …). */
enum class ConsentGiver { Resident, Representative };
/** How a consent was given. */
enum class ConsentForm { Written, Oral };

/**
 * Consent to lift secrecy: for whom, which data, for how long; revocable by a later event that names it. Append-only.
 * The author (meta.authorId) is who noted it. Rows written before the register had a form (0015) have no giver kind,
 * form or revoked id: `form` is empty then.
 */
struct ConsentEvent
{
    RecordMeta meta;
    Id residentId;
    ConsentAction action = ConsentAction::Given;
    QString recipient; ///< who may receive the information
    QString scope; ///< which data
    QDate validFrom;
    std::optional<QDate> validTo;
    QString givenBy; ///< the resident or their representative, by name
    std::optional<ConsentGiver> givenByKind {};
    QString mandate {}; ///< a representative's mandate ("god man enligt beslut 2025-03-02")
    std::optional<ConsentForm> form {};
    Id recipientUnitId {}; ///< set when the recipient is one of the municipality's units (the plan read, D2)
    bool coversPlan = false; ///< the consent covers the implementation plan
    Id revokesId {}; ///< a revocation: the consent it revokes
};

/** A released copy of documentation (utlämnande) as written before 0015: one row per release. Append-only. */
struct ReleaseRecord
{
    RecordMeta meta;
    Id residentId;
    QString recipient;
    QString covers;
    QDate releasedOn;
    bool recipientVerified = false;
    bool harmReviewDone = false; ///< checked for information that could harm others
};

enum class ReleaseStage { Request, Decision };
enum class RequesterKind { Resident, Other }; ///< the resident's own request, or another person's
enum class ReleaseAccess { Read, Copy };
enum class ReleaseOutcome { Released, Partial, Refused };

/**
 * One event of a release of records (domain.md D7): a request (who asked, for what, when) or the decision on it (the
 * harm / secrecy assessment, the consent used, the recipient check, the outcome with its reason and the right to
 * appeal, what was released to whom and when; the author decided and released). Append-only.
 */
struct ReleaseEvent
{
    RecordMeta meta;
    Id residentId;
    ReleaseStage stage = ReleaseStage::Request;
    Id requestId; ///< a decision: its request
    // The request.
    QString requester;
    RequesterKind requesterKind = RequesterKind::Resident;
    ReleaseAccess access = ReleaseAccess::Copy;
    QString covers;
    QDate requestedOn;
    // The decision.
    std::optional<ReleaseOutcome> outcome;
    QString assessment;
    Id consentId;
    QString recipient;
    bool recipientChecked = false;
    QString recipientCheck; ///< how the recipient's identity was checked
    QString releasedCovers;
    QString reason;
    bool appealNoted = false;
    QDate decidedOn;
};

} // namespace akten::core
