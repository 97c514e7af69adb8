// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The release of records' rules (domain.md D7): what a request and a decision must hold before they are written, and
// the journal entry the guideline asks for ("who got the copy, what it covers, when, who released it").
#pragma once

#include "app/core/consent.h"

#include <QList>
#include <QString>

#include <optional>

namespace akten::core {

/** A field of a request or a decision that is missing or wrong; the UI says it in Swedish at the field. */
enum class ReleaseGap {
    Requester,
    Covers,
    RequestedOn,
    Outcome,
    Assessment, ///< the harm (own request) or secrecy (another's) assessment
    ConsentInvalid, ///< the consent named is not valid today
    Recipient,
    RecipientCheck, ///< a release without a checked recipient
    ReleasedCovers,
    Reason, ///< a refusal or a partial release without its reason
    Appeal, ///< … or without the right to appeal noted
};

/** What a request lacks; empty = complete. */
[[nodiscard]] QList<ReleaseGap> releaseRequestGaps(const ReleaseEvent &request);
/** What a decision on `request` lacks; `consentValid`: the consent it names (if any) is valid today. */
[[nodiscard]] QList<ReleaseGap> releaseDecisionGaps(const ReleaseEvent &decision, bool consentValid);
/** The decision on `request` among `events`, the latest if more than one were written. */
[[nodiscard]] std::optional<ReleaseEvent> decisionOf(const ReleaseEvent &request, const QList<ReleaseEvent> &events);
/** The journal entry for a decision: who got what, when, who released it; or what was refused, why, and appeal. */
[[nodiscard]] QString releaseJournalText(
    const ReleaseEvent &request, const ReleaseEvent &decision, const QString &decidedBy);

[[nodiscard]] QString toCode(ReleaseStage v);
[[nodiscard]] QString toCode(RequesterKind v);
[[nodiscard]] QString toCode(ReleaseAccess v);
[[nodiscard]] QString toCode(ReleaseOutcome v);
template<typename E> [[nodiscard]] std::optional<E> fromCode(const QString &code);
template<> std::optional<ReleaseStage> fromCode<ReleaseStage>(const QString &code);
template<> std::optional<RequesterKind> fromCode<RequesterKind>(const QString &code);
template<> std::optional<ReleaseAccess> fromCode<ReleaseAccess>(const QString &code);
template<> std::optional<ReleaseOutcome> fromCode<ReleaseOutcome>(const QString &code);

} // namespace akten::core
