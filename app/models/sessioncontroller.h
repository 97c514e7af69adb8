// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/demobadgelistmodel.h"

#include <QObject>
#include <QTimer>
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
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString userName READ userName NOTIFY changed)
    Q_PROPERTY(QString userTitle READ userTitle NOTIFY changed)
    Q_PROPERTY(bool canControlLog READ canControlLog NOTIFY changed)
    Q_PROPERTY(bool canEnrol READ canEnrol NOTIFY changed)
    Q_PROPERTY(QString pendingName READ pendingName NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool readerReady READ readerReady NOTIFY changed)
    Q_PROPERTY(DemoBadgeListModel *demoBadges READ demoBadges CONSTANT)
    Q_PROPERTY(bool kiosk READ kiosk CONSTANT)
    Q_PROPERTY(int logoutCountdown READ logoutCountdown NOTIFY countdownChanged)

public:
    /** Where the login stands (auth::SessionManager::State, for QML). */
    enum State {
        LoggedOut,
        PinEntry, ///< a badge was tapped: waiting for its PIN
        Active,
        Locked, ///< idle or explicitly locked: a badge and PIN unlock (another badge logs in another person)
    };
    Q_ENUM(State)

    /** `demoReader` and `demoBadges` only in the demo. */
    SessionController(akten::auth::SessionManager &session, akten::platform::BadgeReader &reader,
        akten::platform::SimulatedBadgeReader *demoReader = nullptr,
        const QList<DemoBadgeListModel::Badge> &demoBadges = {}, QObject *parent = nullptr);
    ~SessionController() override;
    Q_DISABLE_COPY_MOVE(SessionController)

    [[nodiscard]] State state() const;
    [[nodiscard]] bool active() const;
    [[nodiscard]] QString userName() const;
    [[nodiscard]] QString userTitle() const;
    [[nodiscard]] bool canControlLog() const;
    [[nodiscard]] bool canEnrol() const;
    [[nodiscard]] QString pendingName() const;
    [[nodiscard]] QString message() const;
    [[nodiscard]] bool readerReady() const;
    /** A wall kiosk: sessions end by themselves ("Klar", or a while without a touch). */
    [[nodiscard]] bool kiosk() const;
    /** On a kiosk while logged in: seconds until it logs out by itself; -1 otherwise. */
    [[nodiscard]] int logoutCountdown() const { return m_countdown; }
    /** The demo's badges for the login screen's buttons; empty outside the demo. */
    [[nodiscard]] DemoBadgeListModel *demoBadges() const { return m_demoBadges; }

    /** Checks the PIN for the tapped badge; true when logged in (or unlocked). */
    Q_INVOKABLE bool submitPin(const QString &pin);
    Q_INVOKABLE void cancelPin();
    Q_INVOKABLE void logout();
    /** Puts a demo badge on the simulated reader and takes it off again (demo only). */
    Q_INVOKABLE bool tapDemoBadge(const QString &uid);

Q_SIGNALS:
    void changed();
    void countdownChanged();

private:
    akten::auth::SessionManager &m_session;
    akten::platform::BadgeReader &m_reader;
    akten::platform::SimulatedBadgeReader *m_demoReader;
    DemoBadgeListModel *m_demoBadges; ///< child of this
    QTimer m_ticker;
    int m_countdown = -1;
};
