// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/rowlistmodel.h"

#include <algorithm>
#include <climits>
#include <optional>

namespace akten::store {
class Database;
}

/**
 * The tamper alarms of the devices of the viewer's units, as the last download brought them (store
 * IntegrityRepository): open ones first, then decided ones, each with the device, when, the kind of change (never the
 * central reason) and what to do; plus how many audit events of those devices were flagged and when it was heard.
 * Unit managers see their units' devices, SAS all; anyone else nothing. Reads the store on the UI thread's connection.
 */
class DeviceAlarmListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by LogControlModel")
    Q_PROPERTY(int openCount READ openCount NOTIFY changed)
    Q_PROPERTY(int flaggedEvents READ flaggedEvents NOTIFY changed)
    Q_PROPERTY(QString heardText READ heardText NOTIFY changed)

public:
    enum Roles {
        DeviceRole = Qt::UserRole + 1,
        SeqRole,
        TitleRole,
        RaisedRole,
        CategoryRole,
        AdviceRole,
        OpenRole,
        DecisionRole,
    };
    Q_ENUM(Roles)

    explicit DeviceAlarmListModel(akten::store::Database &db, QObject *parent = nullptr);

    /** Who is looking (nobody: no rows); reloads. */
    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Reads the store again (after a sync, or when the page opens). */
    Q_INVOKABLE void refresh();
    void setNowMs(qint64 nowMs) { m_nowMs = nowMs; } // for unit testing

    [[nodiscard]] int openCount() const { return m_open; }
    [[nodiscard]] int flaggedEvents() const { return int(std::min<qint64>(m_flagged, INT_MAX)); }
    [[nodiscard]] QString heardText() const { return m_heard; }

Q_SIGNALS:
    void changed();

private:
    akten::store::Database &m_db;
    std::optional<akten::auth::SessionUser> m_viewer;
    int m_open = 0;
    qint64 m_flagged = 0;
    QString m_heard;
    qint64 m_nowMs = 0;
};
