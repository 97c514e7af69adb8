// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/auth/sessionmanager.h"

#include "app/auth/accessaudit.h"
#include "app/store/masterdatarepository.h"

#include <QLoggingCategory>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace akten::auth {
namespace {
Q_LOGGING_CATEGORY(lcSession, "akten.session")
}

SessionManager::SessionManager(Authenticator &authenticator, store::MasterDataRepository &master, AccessAudit &audit,
    const core::MonotonicClock &clock, SessionPolicy policy, QObject *parent)
    : QObject(parent)
    , m_auth(authenticator)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
    , m_policy(policy.clamped())
{ }

void SessionManager::badgeTapped(const QString &uidHex)
{
    if (m_state == State::Active && uidHex == m_sessionUid) {
        endSession(u"tap-out"_s);
        setMessage(QCoreApplication::translate("Auth", "Du är utloggad."));
        return;
    }
    if ((m_state == State::Active || m_state == State::Locked || m_state == State::PinEntry) && m_user
        && uidHex != m_sessionUid) {
        endSession(u"switch"_s); // another person: the previous session ends before anything else happens
    }
    beginPin(uidHex);
}

void SessionManager::beginPin(const QString &uidHex)
{
    const AuthOutcome known = m_auth.identify(uidHex);
    if (known.result != AuthResult::Success) {
        setMessage(known.messageSv);
        m_pendingUid.clear();
        setState(m_user ? State::Locked : State::LoggedOut);
        return;
    }
    const auto staff = m_master.staffMember(known.staffId);
    if (!staff || !staff.value().active) {
        setMessage(QCoreApplication::translate(
            "Auth", "Brickan hör inte till någon aktiv medarbetare här. Kontakta enhetschefen."));
        setState(m_user ? State::Locked : State::LoggedOut);
        return;
    }
    m_pendingUid = uidHex;
    m_pendingName = staff.value().displayName();
    m_pinStartedMs = m_clock.elapsedMs();
    setMessage({});
    setState(State::PinEntry);
}

AuthOutcome SessionManager::submitPin(const QString &pin)
{
    if (m_state != State::PinEntry) {
        return { AuthResult::Failed, {}, 0, QCoreApplication::translate("Auth", "Blippa din bricka först.") };
    }
    const AuthOutcome outcome = m_auth.authenticate(m_pendingUid, pin);
    if (outcome.result == AuthResult::WrongPin) {
        setMessage(outcome.messageSv);
        return outcome;
    }
    const QString uid = std::exchange(m_pendingUid, {});
    m_pendingName.clear();
    if (outcome.result != AuthResult::Success) {
        setMessage(outcome.messageSv);
        setState(m_user ? State::Locked : State::LoggedOut);
        return outcome;
    }
    const bool resuming = m_user && m_user->staffId == outcome.staffId;
    if (resuming && !m_audit.record(&*m_user, u"session.unlock"_s)) {
        setMessage(QCoreApplication::translate(
            "Auth", "Upplåsningen kunde inte loggas, därför visas inga uppgifter. Försök igen."));
        setState(State::Locked);
        return { AuthResult::Failed, outcome.staffId, 0, m_message };
    }
    if (!resuming) {
        const auto staff = m_master.staffMember(outcome.staffId);
        if (!staff) {
            setMessage(QCoreApplication::translate("Auth", "Medarbetaren kunde inte läsas in. Kontakta enhetschefen."));
            setState(State::LoggedOut);
            return { AuthResult::Failed, outcome.staffId, 0, m_message };
        }
        m_user = sessionUserOf(staff.value());
        Q_EMIT userChanged();
    }
    m_sessionUid = uid;
    m_authenticatedMs = m_lastActivityMs = m_clock.elapsedMs();
    setMessage({});
    setState(State::Active);
    return outcome;
}

void SessionManager::cancelPin()
{
    if (m_state == State::PinEntry) {
        m_pendingUid.clear();
        m_pendingName.clear();
        setState(m_user ? State::Locked : State::LoggedOut);
    }
}

void SessionManager::noteActivity()
{
    if (m_state == State::Active) {
        m_lastActivityMs = m_clock.elapsedMs();
    }
}

void SessionManager::tick()
{
    const qint64 now = m_clock.elapsedMs();
    const qint64 sinceAuth = now - m_authenticatedMs;
    if (m_state == State::PinEntry && now - m_pinStartedMs >= m_policy.pinEntrySeconds * 1000LL) {
        cancelPin();
        setMessage(QCoreApplication::translate("Auth", "Ingen kod angavs. Blippa brickan igen."));
    }
    if (m_policy.kiosk && m_state == State::Active
        && (now - m_lastActivityMs >= m_policy.kioskLogoutSeconds * 1000LL
            || sinceAuth >= m_policy.reauthSeconds * 1000LL)) {
        endSession(u"kiosk idle"_s);
        setMessage(QCoreApplication::translate("Auth", "Du loggades ut eftersom skärmen inte användes."));
        return;
    }
    if (m_state == State::Active && sinceAuth >= m_policy.reauthSeconds * 1000LL) {
        lock(u"reauthenticate"_s);
        setMessage(QCoreApplication::translate(
            "Auth", "Det har gått tolv timmar sedan du loggade in. Blippa brickan och ange koden igen."));
    } else if (m_state == State::Active && now - m_lastActivityMs >= m_policy.idleLockSeconds * 1000LL) {
        lock(u"idle"_s);
    } else if (m_state == State::Locked && m_user && sinceAuth >= m_policy.reauthSeconds * 1000LL) {
        endSession(u"expired"_s);
    }
}

int SessionManager::secondsUntilLogout() const
{
    if (!m_policy.kiosk || m_state != State::Active) {
        return -1;
    }
    const qint64 left = m_policy.kioskLogoutSeconds * 1000LL - (m_clock.elapsedMs() - m_lastActivityMs);
    return int(std::max<qint64>(0, (left + 999) / 1000));
}

void SessionManager::logout()
{
    if (m_user) {
        endSession(u"logout"_s);
        setMessage(QCoreApplication::translate("Auth", "Du är utloggad."));
    }
}

void SessionManager::lock(const QString &reason)
{
    if (!m_audit.record(&*m_user, u"session.lock"_s, {}, {}, reason)) {
        qCWarning(lcSession) << "the lock could not be audited; locking anyway";
    }
    setMessage({});
    setState(State::Locked);
}

void SessionManager::endSession(const QString &reason)
{
    if (m_user && !m_audit.record(&*m_user, u"auth.logout"_s, {}, {}, reason)) {
        qCWarning(lcSession) << "the logout could not be audited; logging out anyway";
    }
    const bool hadUser = m_user.has_value();
    m_user.reset();
    m_sessionUid.clear();
    m_pendingUid.clear();
    m_pendingName.clear();
    setState(State::LoggedOut);
    if (hadUser) {
        Q_EMIT userChanged();
    }
}

void SessionManager::setState(State state)
{
    if (state != m_state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
}

void SessionManager::setMessage(const QString &message)
{
    if (message != m_message) {
        m_message = message;
        Q_EMIT messageChanged();
    }
}

} // namespace akten::auth
