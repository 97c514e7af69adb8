// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/shell/activityfilter.h"

#include "app/auth/sessionmanager.h"

#include <QEvent>

namespace akten::shell {

ActivityFilter::ActivityFilter(auth::SessionManager &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{ }

bool ActivityFilter::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        if (watched->isWindowType()) {
            m_session.noteActivity();
        }
        break;
    default:
        break;
    }
    return false;
}

} // namespace akten::shell
