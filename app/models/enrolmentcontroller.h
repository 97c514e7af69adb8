// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/ids.h"
#include "app/models/staffbadgelistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::auth {
class Authenticator;
}
namespace akten::store {
class Database;
}

/**
 * Badge administration for the unit manager: the staff of their units with their badge state; enrol a new badge
 * (choose the person, tap the badge, the person types a PIN twice); unlock, revoke, or reset the PIN. While it waits
 * for a badge, the next tap comes here instead of to the login (waitingForBadge). PINs are never kept beyond the
 * two entries.
 */
class EnrolmentController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(StaffBadgeListModel *staff READ staff CONSTANT)
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(QString selectedName READ selectedName NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)
    Q_PROPERTY(bool messageIsError READ messageIsError NOTIFY changed)

public:
    /** Where an enrolment or PIN reset stands. */
    enum Step {
        Idle,
        WaitingForBadge, ///< the next tap is the new badge, not a login
        ChoosePin,
        RepeatPin,
    };
    Q_ENUM(Step)

    EnrolmentController(akten::store::Database &db, akten::auth::Authenticator &auth, QObject *parent = nullptr);
    ~EnrolmentController() override;
    Q_DISABLE_COPY_MOVE(EnrolmentController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    [[nodiscard]] bool waitingForBadge() const { return m_step == Step::WaitingForBadge; }
    /** A badge was tapped while waitingForBadge(). */
    void badgeTapped(const QString &uidHex);

    /** The staff of the viewer's units with their badge state; empty unless a unit manager is logged in. */
    [[nodiscard]] StaffBadgeListModel *staff() const { return m_staff; }
    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] QString selectedName() const { return m_selectedName; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] bool messageIsError() const { return m_messageIsError; }

    Q_INVOKABLE void reload();
    Q_INVOKABLE void startEnrol(const QString &staffId);
    Q_INVOKABLE void startResetPin(const QString &staffId);
    /** The PIN typed at choosePin or repeatPin. */
    Q_INVOKABLE void enterPin(const QString &pin);
    Q_INVOKABLE void cancel();
    Q_INVOKABLE void lock(const QString &staffId);
    Q_INVOKABLE void unlock(const QString &staffId);
    Q_INVOKABLE void revoke(const QString &staffId);

Q_SIGNALS:
    void changed();

private:
    void select(const QString &staffId);
    void finish(const QString &messageSv, bool error);

    akten::store::Database &m_db;
    akten::auth::Authenticator &m_auth;
    std::optional<akten::auth::SessionUser> m_viewer;
    StaffBadgeListModel *m_staff; ///< child of this
    Step m_step = Step::Idle;
    bool m_resetting = false;
    akten::core::Id m_selected;
    QString m_selectedName;
    QString m_uid;
    QString m_firstPin;
    QString m_message;
    bool m_messageIsError = false;
};
