// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "models/enrolmentcontroller.h"

#include "auth/authenticator.h"
#include "core/pinpolicy.h"
#include "store/badgerepository.h"
#include "store/masterdatarepository.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace {
QString badgeStateOf(const QList<akten::core::BadgeCredential> &badges)
{
    const auto has = [&](akten::core::BadgeState state) {
        return std::any_of(badges.cbegin(), badges.cend(), [&](const auto &b) { return b.state == state; });
    };
    return has(akten::core::BadgeState::Locked) ? u"locked"_s
        : has(akten::core::BadgeState::Active)  ? u"active"_s
        : badges.isEmpty()                      ? u"none"_s
                                                : u"revoked"_s;
}
} // namespace

EnrolmentController::EnrolmentController(akten::store::Database &db, akten::auth::Authenticator &auth, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_auth(auth)
{ }

void EnrolmentController::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    m_viewer = viewer && viewer->role == akten::core::StaffRole::UnitManager ? viewer : std::nullopt;
    m_step = Step::Idle;
    m_message.clear();
    reload();
}

QString EnrolmentController::step() const
{
    switch (m_step) {
    case Step::WaitingForBadge:
        return u"waitingForBadge"_s;
    case Step::ChoosePin:
        return u"choosePin"_s;
    case Step::RepeatPin:
        return u"repeatPin"_s;
    case Step::Idle:
        break;
    }
    return u"idle"_s;
}

void EnrolmentController::reload()
{
    m_staff.clear();
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
            m_staff.append(QVariantMap { { u"id"_s, akten::core::idToString(s.id) }, { u"name"_s, s.displayName() },
                { u"title"_s, s.title }, { u"badgeState"_s, own ? badgeStateOf(own.value()) : u"unknown"_s },
                { u"failedAttempts"_s, failed } });
        }
    }
    Q_EMIT changed();
}

void EnrolmentController::select(const QString &staffId)
{
    m_selected = akten::core::idFromString(staffId);
    m_selectedName.clear();
    for (const QVariant &row : std::as_const(m_staff)) {
        if (row.toMap().value(u"id"_s).toString() == staffId) {
            m_selectedName = row.toMap().value(u"name"_s).toString();
        }
    }
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
