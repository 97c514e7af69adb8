// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace akten::auth {
class SessionManager;
}
namespace akten::platform {
class BadgeReader;
class SimulatedBadgeReader;
} // namespace akten::platform

/**
 * The login and lock screens' view of the session: state, who is logged in, what to tell the user, whether the
 * badge reader is connected. Drives SessionManager's timers once a second. In the demo it also offers the demo
 * badges, which are put on the simulated reader (tapDemoBadge), exactly as a real tap would arrive.
 */
class SessionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString userName READ userName NOTIFY changed)
    Q_PROPERTY(QString userTitle READ userTitle NOTIFY changed)
    Q_PROPERTY(bool canControlLog READ canControlLog NOTIFY changed)
    Q_PROPERTY(bool canEnrol READ canEnrol NOTIFY changed)
    Q_PROPERTY(QString pendingName READ pendingName NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool readerReady READ readerReady NOTIFY changed)
    Q_PROPERTY(QVariantList demoBadges READ demoBadges CONSTANT)

public:
    /** `demoReader` and `demoBadges` only in the demo; each badge is a map {name, title, uid, pin}. */
    SessionController(akten::auth::SessionManager &session, akten::platform::BadgeReader &reader,
        akten::platform::SimulatedBadgeReader *demoReader = nullptr, QVariantList demoBadges = {},
        QObject *parent = nullptr);

    /** "loggedOut", "pinEntry", "active" or "locked". */
    [[nodiscard]] QString state() const;
    [[nodiscard]] bool active() const;
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString userTitle() const;
    [[nodiscard]] bool canControlLog() const;
    [[nodiscard]] bool canEnrol() const;
    [[nodiscard]] QString pendingName() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool readerReady() const;
    [[nodiscard]] QVariantList demoBadges() const { return m_demoBadges; }

    /** Checks the PIN for the tapped badge; true when logged in (or unlocked). */
    Q_INVOKABLE bool submitPin(const QString &pin);
    Q_INVOKABLE void cancelPin();
    Q_INVOKABLE void logout();
    /** Puts a demo badge on the simulated reader and takes it off again (demo only). */
    Q_INVOKABLE bool tapDemoBadge(const QString &uid);

Q_SIGNALS:
    void changed();

private:
    akten::auth::SessionManager &m_session;
    akten::platform::BadgeReader &m_reader;
    akten::platform::SimulatedBadgeReader *m_demoReader;
    QVariantList m_demoBadges;
    QTimer m_ticker;
};
