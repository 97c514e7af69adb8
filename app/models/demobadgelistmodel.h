// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

/**
 * The demo staff's badges for the login screen's demo buttons: who carries each, their title, the badge UID and the
 * documented demo PIN. Empty outside the demo. Fixed once made; GUI thread.
 */
class DemoBadgeListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SessionController")

public:
    enum Roles {
        NameRole = Qt::UserRole + 1,
        TitleRole,
        UidHexRole,
        PinRole,
    };
    Q_ENUM(Roles)

    /** One demo badge; the PIN is the documented demo PIN, shown on the button. */
    struct Badge
    {
        QString name;
        QString title;
        QString uidHex;
        QString pin;
    };

    explicit DemoBadgeListModel(const QList<Badge> &badges = {}, QObject *parent = nullptr);
    ~DemoBadgeListModel() override;
    Q_DISABLE_COPY_MOVE(DemoBadgeListModel)
};
