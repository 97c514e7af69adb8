// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/enrolmentcontroller.h"

#include "app/auth/authenticator.h"
#include "app/core/pinpolicy.h"
#include "app/store/badgerepository.h"
#include "app/store/masterdatarepository.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
StaffBadgeListModel::BadgeState badgeStateOf(const QList<akten::core::BadgeCredential> &badges)
{
    const auto has = [&](akten::core::BadgeState state) {
        return std::any_of(badges.cbegin(), badges.cend(), [&](const auto &b) { return b.state == state; });
    };
    return has(akten::core::BadgeState::Locked) ? StaffBadgeListModel::Locked
        : has(akten::core::BadgeState::Active)  ? StaffBadgeListModel::Active
        : badges.isEmpty()                      ? StaffBadgeListModel::NoBadge
                                                : StaffBadgeListModel::Revoked;
}
} // namespace

EnrolmentController::EnrolmentController(akten::store::Database &db, akten::auth::Authenticator &auth, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_auth(auth)
    , m_staff(new StaffBadgeListModel(this))
{ }

EnrolmentController::~EnrolmentController() = default;

void EnrolmentController::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    m_viewer = viewer && viewer->role == akten::core::StaffRole::UnitManager ? viewer : std::nullopt;
    m_step = Step::Idle;
    m_message.clear();
    reload();
}

void EnrolmentController::reload()
{
    QList<StaffBadgeListModel::Member> members;
    if (m_viewer) {
        const auto staff = akten::store::MasterDataRepository(m_db).staff();
        akten::store::BadgeRepository badges(m_db);
        for (const auto &s : staff ? staff.value() : QList<akten::core::Staff> {}) {
            const bool mine = std::any_of(
                s.unitIds.cbegin(), s.unitIds.cend(), [&](const auto &u) { return m_viewer->unitIds.contains(u); });
            if (!mine || !s.active) {
                continue;
            }
            const auto own = badges.badgesOf(s.id);
            const int failed = own ? std::accumulate(own.value().cbegin(), own.value().cend(), 0,
                                   [](int sum, const auto &b) { return std::max(sum, b.failedAttempts); })
                                   : 0;
            members.append({ akten::core::idToString(s.id), s.displayName(), s.title,
                own ? badgeStateOf(own.value()) : StaffBadgeListModel::Unknown, failed });
        }
    }
    m_staff->setMembers(members);
    Q_EMIT changed();
}

void EnrolmentController::select(const QString &staffId)
{
    m_selected = akten::core::idFromString(staffId);
    m_selectedName = m_staff->nameOf(staffId);
    m_uid.clear();
    m_firstPin.clear();
    m_message.clear();
}

void EnrolmentController::startEnrol(const QString &staffId)
{
    if (!m_viewer) {
        return;
    }
    select(staffId);
    m_resetting = false;
    m_step = Step::WaitingForBadge;
    Q_EMIT changed();
}

void EnrolmentController::startResetPin(const QString &staffId)
{
    if (!m_viewer) {
        return;
    }
    select(staffId);
    m_resetting = true;
    m_step = Step::ChoosePin;
    Q_EMIT changed();
}

void EnrolmentController::badgeTapped(const QString &uidHex)
{
    if (m_step != Step::WaitingForBadge) {
        return;
    }
    m_uid = uidHex;
    m_step = Step::ChoosePin;
    Q_EMIT changed();
}

void EnrolmentController::enterPin(const QString &pin)
{
    if (m_step == Step::ChoosePin) {
        m_firstPin = pin;
        m_step = Step::RepeatPin;
        m_message.clear();
        Q_EMIT changed();
        return;
    }
    if (m_step != Step::RepeatPin || !m_viewer) {
        return;
    }
    const QString first = std::exchange(m_firstPin, {});
    if (const auto problem = akten::core::checkNewPin(first, pin); problem != akten::core::PinProblem::None) {
        m_message = akten::core::pinProblemSv(problem);
        m_messageIsError = true;
        m_step = Step::ChoosePin; // start the PIN over
        Q_EMIT changed();
        return;
    }
    const akten::Status done = m_resetting ? m_auth.resetPinOf(m_selected, first, pin, m_viewer->staffId)
                                           : m_auth.enrol(m_uid, m_selected, first, pin, m_viewer->staffId);
    if (done) {
        finish(m_resetting ? tr("Ny kod sparad för %1.").arg(m_selectedName)
                           : tr("Brickan är registrerad för %1.").arg(m_selectedName),
            false);
    } else {
        finish(done.error().message.startsWith(u"this badge"_s) ? tr("Brickan är redan registrerad. Inget har ändrats.")
                                                                : tr("Det gick inte att spara. Inget har ändrats."),
            true);
    }
}

void EnrolmentController::finish(const QString &messageSv, bool error)
{
    m_step = Step::Idle;
    m_uid.clear();
    m_firstPin.clear();
    m_message = messageSv;
    m_messageIsError = error;
    reload();
}

void EnrolmentController::cancel()
{
    finish({}, false);
}

void EnrolmentController::lock(const QString &staffId)
{
    if (m_viewer) {
        const bool ok = m_auth.lockBadgesOf(akten::core::idFromString(staffId), m_viewer->staffId).ok();
        finish(ok ? tr("Brickan är låst tills du låser upp den.") : tr("Brickan kunde inte låsas."), !ok);
    }
}

void EnrolmentController::unlock(const QString &staffId)
{
    if (m_viewer) {
        const bool ok = m_auth.unlockBadgesOf(akten::core::idFromString(staffId), m_viewer->staffId).ok();
        finish(ok ? tr("Brickan är upplåst.") : tr("Brickan kunde inte låsas upp."), !ok);
    }
}

void EnrolmentController::revoke(const QString &staffId)
{
    if (m_viewer) {
        const bool ok = m_auth.revokeBadgesOf(akten::core::idFromString(staffId), m_viewer->staffId).ok();
        finish(ok ? tr("Brickan är spärrad. Den kan inte användas igen.") : tr("Brickan kunde inte spärras."), !ok);
    }
}
