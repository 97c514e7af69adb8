// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The consent register's rules (domain.md D6, D2): when a consent is in force, what a new consent or a revocation
// must hold, which consent lets a new unit read the plan, and the journal entry the guideline asks for ("when, for
// whom, for how long, which data"). Dates are care dates (Europe/Stockholm, core/caretime.h), given by the caller.
#pragma once

#include "app/core/consent.h"

#include <QList>
#include <QString>

#include <optional>

namespace akten::core {

/** A consent's state on a given day. */
enum class ConsentStatus { Valid, NotYetValid, Expired, Revoked };

/** A field of a consent that is missing or wrong; the UI says it in Swedish at the field. */
enum class ConsentGap { Recipient, Scope, ValidFrom, EndsBeforeStart, GivenBy, GivenByKind, Mandate, Form, Revoked };

/**
 * The revocation of `consent` among `events`, if any: one naming it, or (rows before 0015, which named nothing) a
 * revocation of the same recipient and scope dated on or after its start.
 */
[[nodiscard]] std::optional<ConsentEvent> revocationOf(const ConsentEvent &consent, const QList<ConsentEvent> &events);
/** The state of a consent given (action Given) on `today`. */
[[nodiscard]] ConsentStatus consentStatus(const ConsentEvent &consent, const QList<ConsentEvent> &events, QDate today);
/** What a consent given lacks before it may be written; empty = complete. */
[[nodiscard]] QList<ConsentGap> consentGaps(const ConsentEvent &consent);
/**
 * The consent that lets staff of `unitId` read the plan a previous unit set: given to that unit, covering the plan,
 * valid `today`; the latest given when several are. None: the plan is not shown.
 */
[[nodiscard]] std::optional<ConsentEvent> planReadConsent(
    const QList<ConsentEvent> &events, const Id &unitId, QDate today);
/** The journal entry for a consent given (Swedish, the guideline's "when, for whom, for how long, which data"). */
[[nodiscard]] QString consentJournalText(const ConsentEvent &consent);
/** The journal entry for a revocation of `consent`. */
[[nodiscard]] QString revocationJournalText(const ConsentEvent &revocation, const ConsentEvent &consent);

[[nodiscard]] QString toCode(ConsentGiver v);
[[nodiscard]] QString toCode(ConsentForm v);
template<typename E> [[nodiscard]] std::optional<E> fromCode(const QString &code);
template<> std::optional<ConsentGiver> fromCode<ConsentGiver>(const QString &code);
template<> std::optional<ConsentForm> fromCode<ConsentForm>(const QString &code);

} // namespace akten::core
