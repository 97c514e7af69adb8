// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/sessioncontroller.h"

#include "app/auth/sessionmanager.h"
#include "platform/simulatedbadgereader.h"

using akten::auth::SessionManager;

SessionController::SessionController(akten::auth::SessionManager &session, akten::platform::BadgeReader &reader,
    akten::platform::SimulatedBadgeReader *demoReader, const QList<DemoBadgeListModel::Badge> &demoBadges,
    QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_reader(reader)
    , m_demoReader(demoReader)
    , m_demoBadges(new DemoBadgeListModel(demoBadges, this))
{
    connect(&m_session, &SessionManager::stateChanged, this, &SessionController::changed);
    connect(&m_session, &SessionManager::userChanged, this, &SessionController::changed);
    connect(&m_session, &SessionManager::messageChanged, this, &SessionController::changed);
    connect(&m_reader, &akten::platform::BadgeReader::stateChanged, this, &SessionController::changed);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        m_session.tick();
        if (const int left = m_session.secondsUntilLogout(); left != m_countdown) {
            m_countdown = left;
            Q_EMIT countdownChanged();
        }
    });
    m_ticker.start();
}

SessionController::~SessionController() = default;

SessionController::State SessionController::state() const
{
    switch (m_session.state()) {
    case SessionManager::State::PinEntry:
        return PinEntry;
    case SessionManager::State::Active:
        return Active;
    case SessionManager::State::Locked:
        return Locked;
    case SessionManager::State::LoggedOut:
        break;
    }
    return LoggedOut;
}

bool SessionController::kiosk() const
{
    return m_session.policy().kiosk;
}

bool SessionController::active() const
{
    return m_session.state() == SessionManager::State::Active;
}

QString SessionController::userName() const
{
    return active() ? m_session.user()->displayName : QString();
}

QString SessionController::userTitle() const
{
    return active() ? m_session.user()->title : QString();
}

bool SessionController::canControlLog() const
{
    return active()
        && (m_session.user()->role == akten::core::StaffRole::UnitManager
            || m_session.user()->role == akten::core::StaffRole::Sas);
}

bool SessionController::canEnrol() const
{
    return active() && m_session.user()->role == akten::core::StaffRole::UnitManager;
}

QString SessionController::pendingName() const
{
    return m_session.pendingName();
}

QString SessionController::message() const
{
    return m_session.message();
}

bool SessionController::readerReady() const
{
    return m_reader.state() == akten::platform::ReaderState::Ready;
}

bool SessionController::submitPin(const QString &pin)
{
    return m_session.submitPin(pin).result == akten::auth::AuthResult::Success;
}

void SessionController::cancelPin()
{
    m_session.cancelPin();
}

void SessionController::logout()
{
    m_session.logout();
}

bool SessionController::tapDemoBadge(const QString &uid)
{
    if (!m_demoReader || !m_demoReader->tap(uid)) {
        return false;
    }
    m_demoReader->remove();
    return true;
}
