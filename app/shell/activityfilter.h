// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QObject>

namespace akten::auth {
class SessionManager;
}

namespace akten::shell {

/** Tells the session about every touch, click and key press in the app, so the idle lock counts from the last one. */
class ActivityFilter final : public QObject
{
public:
    explicit ActivityFilter(auth::SessionManager &session, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    auth::SessionManager &m_session;
};

} // namespace akten::shell
