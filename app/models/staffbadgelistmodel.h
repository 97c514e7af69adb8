// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

/**
 * The staff of the unit manager's units with the state of their badges, for the Brickor screen: the state as an
 * enum (which actions apply) and as the Swedish word shown. Filled by EnrolmentController; GUI thread.
 */
class StaffBadgeListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by EnrolmentController")

public:
    enum Roles {
        StaffIdRole = Qt::UserRole + 1,
        NameRole,
        TitleRole,
        BadgeStateRole,
        BadgeStateTextRole,
        FailedAttemptsRole,
    };
    Q_ENUM(Roles)

    /** A person's badges taken together: a locked badge wins over an active one, an active one over revoked ones. */
    enum BadgeState {
        NoBadge, ///< never enrolled
        Active,
        Locked, ///< too many wrong PINs, or locked by the manager: unlock or revoke
        Revoked, ///< every badge revoked: enrol a new one
        Unknown, ///< the badges could not be read
    };
    Q_ENUM(BadgeState)

    struct Member
    {
        QString staffId;
        QString name;
        QString title;
        BadgeState badgeState = NoBadge;
        int failedAttempts = 0;
    };

    explicit StaffBadgeListModel(QObject *parent = nullptr);
    ~StaffBadgeListModel() override;
    Q_DISABLE_COPY_MOVE(StaffBadgeListModel)

    void setMembers(const QList<Member> &members);
    /** The display name of `staffId`, or "" when not listed. */
    [[nodiscard]] QString nameOf(const QString &staffId) const;
    /** "Aktiv", "Låst", "Spärrad", "Ingen bricka" or "Kunde inte läsas". */
    [[nodiscard]] static QString badgeStateText(BadgeState state);
};
