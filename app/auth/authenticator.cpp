// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/auth/authenticator.h"

#include "app/auth/pinhasher.h"
#include "app/core/audit.h"
#include "app/core/enums.h"
#include "app/core/pinpolicy.h"
#include "app/store/auditlog.h"
#include "app/store/badgerepository.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "app/store/transaction.h"

#include <algorithm>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace akten::auth {
namespace {

AuthOutcome failed(const QString &messageSv)
{
    return AuthOutcome { AuthResult::Failed, {}, 0, messageSv };
}

QString kUnknownBadgeSv()
{
    return QCoreApplication::translate("Auth", "Brickan är inte registrerad. Kontakta enhetschefen.");
}
QString kRevokedSv()
{
    return QCoreApplication::translate("Auth", "Brickan är spärrad. Kontakta enhetschefen.");
}
QString kLockedSv()
{
    return QCoreApplication::translate(
        "Auth", "Brickan är låst efter för många felaktiga koder. Enhetschefen kan låsa upp den.");
}
QString kStoreFailureSv()
{
    return QCoreApplication::translate(
        "Auth", "Inloggningen kunde inte registreras. Försök igen eller kontakta enhetschefen.");
}

} // namespace

Authenticator::Authenticator(store::DeviceStore &store, int maxFailures)
    : m_store(store)
    , m_maxFailures(std::clamp(maxFailures, 1, kMaxFailuresCeiling))
{ }

Status Authenticator::audit(const core::Id &staffId, const QString &action, const QString &detail)
{
    core::AuditEvent event;
    event.meta = m_store.stamper().stamp(staffId);
    const auto staff = staffId.isNull() ? Result<core::Staff>(Error { ErrorCode::NotFound, {} })
                                        : store::MasterDataRepository(m_store.db()).staffMember(staffId);
    event.staffRole = staff ? core::toCode(staff.value().role) : u"unknown"_s;
    if (staff && !staff.value().unitIds.isEmpty()) {
        event.unitId = staff.value().unitIds.constFirst();
    }
    event.action = action;
    event.detail = detail;
    auto appended = store::AuditLog(m_store.db()).append(event);
    return appended ? Status {} : Status { appended.error() };
}

AuthOutcome Authenticator::identify(const QString &uidHex)
{
    store::Transaction tx(m_store.db());
    if (!tx.start()) {
        return failed(kStoreFailureSv());
    }
    store::BadgeRepository badges(m_store.db());
    const auto hash = badges.uidHash(uidHex);
    const auto found = hash ? badges.find(hash.value()) : Result<std::optional<core::BadgeCredential>>(hash.error());
    if (!found) {
        return failed(kStoreFailureSv());
    }
    AuthOutcome outcome;
    QString action;
    if (!found.value()) {
        outcome = { AuthResult::UnknownBadge, {}, 0, kUnknownBadgeSv() };
        action = u"auth.unknown_badge"_s;
    } else if (found.value()->state == core::BadgeState::Revoked) {
        outcome = { AuthResult::BadgeRevoked, found.value()->staffId, 0, kRevokedSv() };
        action = u"auth.revoked_badge"_s;
    } else if (found.value()->state == core::BadgeState::Locked) {
        outcome = { AuthResult::BadgeLocked, found.value()->staffId, 0, kLockedSv() };
        action = u"auth.locked_badge"_s;
    } else {
        return { AuthResult::Success, found.value()->staffId, m_maxFailures - found.value()->failedAttempts, {} };
    }
    if (!audit(outcome.staffId, action, {}) || !tx.commit()) {
        return failed(kStoreFailureSv());
    }
    return outcome;
}

AuthOutcome Authenticator::authenticate(const QString &uidHex, const QString &pin)
{
    store::Transaction tx(m_store.db());
    if (!tx.start()) {
        return failed(kStoreFailureSv());
    }
    store::BadgeRepository badges(m_store.db());
    const auto hash = badges.uidHash(uidHex);
    const auto found = hash ? badges.find(hash.value()) : Result<std::optional<core::BadgeCredential>>(hash.error());
    if (!found) {
        return failed(kStoreFailureSv());
    }
    AuthOutcome outcome;
    QString action;
    if (!found.value()) {
        outcome = { AuthResult::UnknownBadge, {}, 0, kUnknownBadgeSv() };
        action = u"auth.unknown_badge"_s;
    } else {
        const core::BadgeCredential badge = *found.value();
        outcome.staffId = badge.staffId;
        if (badge.state == core::BadgeState::Revoked) {
            outcome = { AuthResult::BadgeRevoked, badge.staffId, 0, kRevokedSv() };
            action = u"auth.revoked_badge"_s;
        } else if (badge.state == core::BadgeState::Locked) {
            outcome = { AuthResult::BadgeLocked, badge.staffId, 0, kLockedSv() };
            action = u"auth.locked_badge"_s;
        } else if (PinHasher::verify(pin, badge.pinVerifier)) {
            outcome = { AuthResult::Success, badge.staffId, 0, {} };
            action = u"auth.login"_s;
            if (badge.failedAttempts > 0 && !badges.setFailedAttempts(badge.uidHash, 0)) {
                return failed(kStoreFailureSv());
            }
        } else {
            const int failures = badge.failedAttempts + 1;
            if (!badges.setFailedAttempts(badge.uidHash, failures)) {
                return failed(kStoreFailureSv());
            }
            if (failures >= m_maxFailures) {
                if (!badges.setState(badge.uidHash, core::BadgeState::Locked)) {
                    return failed(kStoreFailureSv());
                }
                outcome = { AuthResult::BadgeLocked, badge.staffId, 0,
                    QCoreApplication::translate(
                        "Auth", "Fel kod. Brickan är nu låst. Enhetschefen kan låsa upp den.") };
                action = u"auth.badge_locked"_s;
            } else {
                const int left = m_maxFailures - failures;
                outcome = {
                    AuthResult::WrongPin, badge.staffId, left,
                    left == 1
                        ? QCoreApplication::translate("Auth", "Fel kod. Ett försök kvar innan brickan låses.")
                        : QCoreApplication::translate("Auth", "Fel kod. %1 försök kvar innan brickan låses.").arg(left)
                };
                action = u"auth.failed_pin"_s;
            }
        }
    }
    const QString detail
        = outcome.result == AuthResult::WrongPin ? u"attempts left: %1"_s.arg(outcome.attemptsLeft) : QString();
    if (!audit(outcome.staffId, action, detail) || !tx.commit()) {
        return failed(kStoreFailureSv()); // no audit, no login
    }
    return outcome;
}

Status Authenticator::requireManager(const core::Id &manager, const core::Id &staffId)
{
    store::MasterDataRepository master(m_store.db());
    const auto staff = master.staffMember(manager);
    if (!staff || staff.value().role != core::StaffRole::UnitManager || !staff.value().active) {
        return Error { ErrorCode::InvalidInput, u"only an active unit manager may administer badges"_s };
    }
    if (!staffId.isNull()) {
        const auto member = master.staffMember(staffId);
        const bool shared = member
            && std::any_of(member.value().unitIds.cbegin(), member.value().unitIds.cend(),
                [&](const core::Id &unit) { return staff.value().unitIds.contains(unit); });
        if (!shared) {
            return Error { ErrorCode::InvalidInput, u"a unit manager may only administer staff of their own units"_s };
        }
    }
    return {};
}

Status Authenticator::changeBadges(const QList<QByteArray> &hashes, const core::Id &manager, const core::Id &staffId,
    const QString &action, const QString &verifier)
{
    store::BadgeRepository badges(m_store.db());
    for (const QByteArray &hash : hashes) {
        Status changed;
        if (action == "badge.unlock"_L1) {
            changed = badges.setState(hash, core::BadgeState::Active);
            changed = changed ? badges.setFailedAttempts(hash, 0) : changed;
        } else if (action == "badge.lock"_L1) {
            changed = badges.setState(hash, core::BadgeState::Locked);
        } else if (action == "badge.revoke"_L1) {
            changed = badges.setState(hash, core::BadgeState::Revoked);
        } else {
            changed = badges.setPinVerifier(hash, verifier);
            changed = changed ? badges.setFailedAttempts(hash, 0) : changed;
        }
        if (!changed) {
            return changed;
        }
    }
    return audit(manager, action, staffId.isNull() ? QString() : u"staff %1"_s.arg(core::idToString(staffId)));
}

namespace {
/** The badges of a staff member that an operation applies to (revoked badges stay revoked). */
Result<QList<QByteArray>> liveBadgesOf(store::DeviceStore &store, const core::Id &staffId)
{
    const auto all = store::BadgeRepository(store.db()).badgesOf(staffId);
    if (!all) {
        return all.error();
    }
    QList<QByteArray> hashes;
    for (const auto &badge : all.value()) {
        if (badge.state != core::BadgeState::Revoked) {
            hashes << badge.uidHash;
        }
    }
    if (hashes.isEmpty()) {
        return Error { ErrorCode::NotFound, u"the staff member has no badge that can be changed"_s };
    }
    return hashes;
}
} // namespace

Status Authenticator::changeBadgesOf(
    const core::Id &staffId, const core::Id &manager, const QString &action, const QString &verifier)
{
    store::Transaction tx(m_store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    if (auto allowed = requireManager(manager, staffId); !allowed) {
        return allowed;
    }
    const auto hashes = liveBadgesOf(m_store, staffId);
    if (!hashes) {
        return hashes.error();
    }
    if (auto changed = changeBadges(hashes.value(), manager, staffId, action, verifier); !changed) {
        return changed;
    }
    return tx.commit();
}

Status Authenticator::lockBadgesOf(const core::Id &staffId, const core::Id &manager)
{
    return changeBadgesOf(staffId, manager, u"badge.lock"_s);
}

Status Authenticator::unlockBadgesOf(const core::Id &staffId, const core::Id &manager)
{
    return changeBadgesOf(staffId, manager, u"badge.unlock"_s);
}

Status Authenticator::revokeBadgesOf(const core::Id &staffId, const core::Id &manager)
{
    return changeBadgesOf(staffId, manager, u"badge.revoke"_s);
}

Status Authenticator::resetPinOf(
    const core::Id &staffId, const QString &pin, const QString &repeated, const core::Id &manager)
{
    if (const auto problem = core::checkNewPin(pin, repeated); problem != core::PinProblem::None) {
        return Error { ErrorCode::InvalidInput, core::pinProblemSv(problem) };
    }
    auto verifier = PinHasher::hash(pin); // outside the transaction: Argon2id takes a while
    if (!verifier) {
        return verifier.error();
    }
    return changeBadgesOf(staffId, manager, u"badge.reset_pin"_s, verifier.value());
}

Status Authenticator::enrol(const QString &uidHex, const core::Id &staffId, const QString &pin, const QString &repeated,
    const core::Id &manager)
{
    if (const auto problem = core::checkNewPin(pin, repeated); problem != core::PinProblem::None) {
        return Error { ErrorCode::InvalidInput, core::pinProblemSv(problem) };
    }
    auto verifier = PinHasher::hash(pin); // outside the transaction: Argon2id takes a while
    if (!verifier) {
        return verifier.error();
    }
    store::Transaction tx(m_store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    if (auto allowed = requireManager(manager, staffId); !allowed) {
        return allowed;
    }
    store::BadgeRepository badges(m_store.db());
    const auto hash = badges.uidHash(uidHex);
    if (!hash) {
        return hash.error();
    }
    if (auto enrolled = badges.enrol({ hash.value(), staffId, verifier.value(), core::BadgeState::Active, 0 });
        !enrolled) {
        return enrolled.error().code == ErrorCode::Constraint
            ? Status { Error { ErrorCode::InvalidInput, u"this badge is already enrolled"_s } }
            : enrolled;
    }
    if (auto audited = audit(manager, u"badge.enrol"_s, u"staff %1"_s.arg(core::idToString(staffId))); !audited) {
        return audited;
    }
    return tx.commit();
}

Status Authenticator::changeBadgeByUid(
    const QString &uidHex, const core::Id &manager, const QString &action, const QString &verifier)
{
    store::Transaction tx(m_store.db());
    if (auto started = tx.start(); !started) {
        return started;
    }
    store::BadgeRepository badges(m_store.db());
    const auto hash = badges.uidHash(uidHex);
    const auto found = hash ? badges.find(hash.value()) : Result<std::optional<core::BadgeCredential>>(hash.error());
    if (!found) {
        return found.error();
    }
    if (!found.value()) {
        return Error { ErrorCode::NotFound, u"this badge is not enrolled"_s };
    }
    const core::Id staffId = found.value()->staffId;
    if (auto allowed = requireManager(manager, staffId); !allowed) {
        return allowed;
    }
    if (auto changed = changeBadges({ hash.value() }, manager, staffId, action, verifier); !changed) {
        return changed;
    }
    return tx.commit();
}

Status Authenticator::unlock(const QString &uidHex, const core::Id &manager)
{
    return changeBadgeByUid(uidHex, manager, u"badge.unlock"_s);
}

Status Authenticator::revoke(const QString &uidHex, const core::Id &manager)
{
    return changeBadgeByUid(uidHex, manager, u"badge.revoke"_s);
}

Status Authenticator::resetPin(
    const QString &uidHex, const QString &pin, const QString &repeated, const core::Id &manager)
{
    if (const auto problem = core::checkNewPin(pin, repeated); problem != core::PinProblem::None) {
        return Error { ErrorCode::InvalidInput, core::pinProblemSv(problem) };
    }
    auto verifier = PinHasher::hash(pin);
    if (!verifier) {
        return verifier.error();
    }
    return changeBadgeByUid(uidHex, manager, u"badge.reset_pin"_s, verifier.value());
}

} // namespace akten::auth
