// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/authenticator.h"
#include "app/auth/sessionpolicy.h"
#include "app/core/clock.h"

#include <QObject>

#include <optional>

namespace akten::store {
class MasterDataRepository;
}

namespace akten::auth {

class AccessAudit;

/**
 * The staff session on one device: badge tap, PIN, active, locked. Timers run on a monotonic clock (injected), so
 * a changed wall clock neither ends nor extends a session; tick() is called about once a second by the owner.
 *
 * - Tap a badge: its PIN is asked (unknown, locked and revoked badges get their message and stay out).
 * - Idle for idleLockSeconds, or reauthSeconds after the last PIN: the screen locks. The same badge + PIN unlocks.
 * - Tapping the same badge while active logs out; another badge ends the session cleanly and asks for its PIN.
 * - On a kiosk nothing locks for a person: kioskLogoutSeconds without a touch ends the session (walking away
 *   logs out), and so does re-authentication time.
 * Every change is audited; if unlocking cannot be audited, the screen stays locked.
 */
class SessionManager : public QObject
{
    Q_OBJECT

public:
    enum class State { LoggedOut, PinEntry, Active, Locked };
    Q_ENUM(State)

    SessionManager(Authenticator &authenticator, store::MasterDataRepository &master, AccessAudit &audit,
        const core::MonotonicClock &clock, SessionPolicy policy, QObject *parent = nullptr);

    void badgeTapped(const QString &uidHex);
    /** Checks the PIN for the tapped badge; the outcome's message is also in message(). */
    AuthOutcome submitPin(const QString &pin);
    /** Leaves PIN entry: back to the lock screen if a session is locked, else to the login screen. */
    void cancelPin();
    /** The user touched the screen or typed: restarts the idle timer while active. */
    void noteActivity();
    /** Applies the timers: PIN entry timeout, idle lock, re-authentication, expiry of a locked session. */
    void tick();
    /** Ends the session (the "Logga ut" button). */
    void logout();

    [[nodiscard]] State state() const { return m_state; }
    /** The logged-in user while Active or Locked (and while unlocking); nullopt otherwise. */
    [[nodiscard]] const std::optional<SessionUser> &user() const { return m_user; }
    /** The staff member whose PIN is being asked for (display name only). */
    [[nodiscard]] QString pendingName() const { return m_pendingName; }
    /** What the login/lock screen should tell the user now (Swedish); empty if nothing. */
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] const SessionPolicy &policy() const { return m_policy; }
    /** On a kiosk while active: whole seconds until it logs out by itself; -1 otherwise. */
    [[nodiscard]] int secondsUntilLogout() const;

Q_SIGNALS:
    void stateChanged(akten::auth::SessionManager::State state);
    /** The logged-in user changed (login, logout, switch); views must drop what they showed. */
    void userChanged();
    void messageChanged();

private:
    void beginPin(const QString &uidHex);
    void endSession(const QString &reason);
    void lock(const QString &reason);
    void setState(State state);
    void setMessage(const QString &message);

    Authenticator &m_auth;
    store::MasterDataRepository &m_master;
    AccessAudit &m_audit;
    const core::MonotonicClock &m_clock;
    SessionPolicy m_policy;
    State m_state = State::LoggedOut;
    std::optional<SessionUser> m_user;
    QString m_sessionUid; ///< in memory only, to recognise a tap-out
    QString m_pendingUid;
    QString m_pendingName;
    qint64 m_pinStartedMs = 0;
    qint64 m_authenticatedMs = 0;
    qint64 m_lastActivityMs = 0;
    QString m_message;
};

} // namespace akten::auth
