// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/result.h"

#include <QString>

namespace akten::store {
class DeviceStore;
}

namespace akten::auth {

enum class AuthResult { Success, UnknownBadge, WrongPin, BadgeLocked, BadgeRevoked, Failed };

/** The outcome of one badge + PIN attempt; messageSv is what the login screen shows. */
struct AuthOutcome
{
    AuthResult result = AuthResult::Failed;
    core::Id staffId; ///< set on Success, and on WrongPin/BadgeLocked (for the audit, not for the UI)
    int attemptsLeft = 0; ///< on WrongPin
    QString messageSv;
};

/**
 * Badge + PIN login and badge administration over the device store. Failed attempts are counted per badge in the
 * store, so lockout survives restarts and clock changes; after maxFailures (1..10, default 5) the badge is locked
 * until a unit manager unlocks it. Every attempt and every administrative change writes an audit event in the same
 * transaction; if that fails, the attempt fails. Same thread as the store.
 */
class Authenticator
{
public:
    static constexpr int kDefaultMaxFailures = 5;
    static constexpr int kMaxFailuresCeiling = 10;

    Authenticator(store::DeviceStore &store, int maxFailures = kDefaultMaxFailures);

    /**
     * A badge was tapped: Success if it is enrolled and active (ask for the PIN), otherwise UnknownBadge,
     * BadgeLocked or BadgeRevoked with the message to show. Unknown, locked and revoked taps are audited.
     */
    [[nodiscard]] AuthOutcome identify(const QString &uidHex);
    [[nodiscard]] AuthOutcome authenticate(const QString &uidHex, const QString &pin);

    /** Enrols a badge for a staff member; `manager` must be a unit manager. PIN rules from core::checkNewPin. */
    [[nodiscard]] Status enrol(const QString &uidHex, const core::Id &staffId, const QString &pin,
        const QString &repeated, const core::Id &manager);
    [[nodiscard]] Status unlock(const QString &uidHex, const core::Id &manager);
    [[nodiscard]] Status revoke(const QString &uidHex, const core::Id &manager);
    [[nodiscard]] Status resetPin(
        const QString &uidHex, const QString &pin, const QString &repeated, const core::Id &manager);
    /** The same operations for every badge of a staff member (the enrolment screen works on people, not UIDs). */
    [[nodiscard]] Status lockBadgesOf(const core::Id &staffId, const core::Id &manager);
    [[nodiscard]] Status unlockBadgesOf(const core::Id &staffId, const core::Id &manager);
    [[nodiscard]] Status revokeBadgesOf(const core::Id &staffId, const core::Id &manager);
    [[nodiscard]] Status resetPinOf(
        const core::Id &staffId, const QString &pin, const QString &repeated, const core::Id &manager);
    [[nodiscard]] int maxFailures() const { return m_maxFailures; }

private:
    [[nodiscard]] Status requireManager(const core::Id &manager, const core::Id &staffId = {});
    [[nodiscard]] Status changeBadgesOf(
        const core::Id &staffId, const core::Id &manager, const QString &action, const QString &verifier = {});
    [[nodiscard]] Status changeBadges(const QList<QByteArray> &hashes, const core::Id &manager, const core::Id &staffId,
        const QString &action, const QString &verifier = {});
    [[nodiscard]] Status audit(const core::Id &staffId, const QString &action, const QString &detail);
    [[nodiscard]] Status changeBadgeByUid(
        const QString &uidHex, const core::Id &manager, const QString &action, const QString &verifier = {});

    store::DeviceStore &m_store;
    int m_maxFailures;
};

} // namespace akten::auth
