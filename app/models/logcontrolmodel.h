// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/devicealarmlistmodel.h"
#include "app/models/filterchoicelistmodel.h"
#include "app/models/rowlistmodel.h"

#include <optional>

namespace akten::store {
class Database;
}
namespace akten::auth {
class AccessAudit;
}

/**
 * Loggkontroll for unit managers and SAS: the device's audit events, newest first, filtered by resident, staff,
 * period and kind of action. Highlights accesses to protected identities, to residents outside the staff member's
 * units, and at unusual hours (00:00–05:00 care time). Answers "who has read about me" (resident + reading).
 * Managers see events of their own units; SAS sees all. Opening it and exporting are themselves audited.
 */
class LogControlModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(FilterChoiceListModel *residentChoices READ residentChoices CONSTANT)
    Q_PROPERTY(FilterChoiceListModel *staffChoices READ staffChoices CONSTANT)
    Q_PROPERTY(QString residentFilter MEMBER m_residentFilter NOTIFY filterChanged)
    Q_PROPERTY(QString staffFilter MEMBER m_staffFilter NOTIFY filterChanged)
    Q_PROPERTY(QString actionFilter MEMBER m_actionFilter NOTIFY filterChanged)
    Q_PROPERTY(int periodDays MEMBER m_periodDays NOTIFY filterChanged)
    Q_PROPERTY(bool onlyFlagged MEMBER m_onlyFlagged NOTIFY filterChanged)
    Q_PROPERTY(int flaggedCount READ flaggedCount NOTIFY countChanged)
    Q_PROPERTY(DeviceAlarmListModel *alarms READ alarms CONSTANT)

public:
    enum Roles {
        AtRole = Qt::UserRole + 1,
        StaffRole,
        RoleRole,
        ResidentRole,
        UnitRole,
        ActionRole,
        ActionCodeRole,
        DetailRole,
        DeviceRole,
        ProtectedRole,
        OutsideUnitsRole,
        UnusualHoursRole,
    };
    Q_ENUM(Roles)

    LogControlModel(
        akten::store::Database &db, akten::auth::AccessAudit &audit, QString exportDir, QObject *parent = nullptr);

    /** Who is looking; only unit managers and SAS get rows. */
    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Reloads with the current filters; the first load after opening writes "view.log_control". */
    Q_INVOKABLE void refresh();
    /** Writes the rows shown to a CSV file (semicolons, UTF-8) in the export folder; returns its path, or "". */
    Q_INVOKABLE QString exportCsv();
    /** Now in ms since the epoch; tests set it, the app leaves it at the system clock. */
    void setNowMs(qint64 nowMs)
    {
        m_nowMs = nowMs;
        m_alarms->setNowMs(nowMs);
    }

    /** "Alla boende" ("" as the value), then the residents the viewer may follow up (protected ones masked). */
    [[nodiscard]] FilterChoiceListModel *residentChoices() const { return m_residentChoices; }
    /** "All personal" ("" as the value), then the staff of the viewer's units (all staff for SAS). */
    [[nodiscard]] FilterChoiceListModel *staffChoices() const { return m_staffChoices; }
    [[nodiscard]] int flaggedCount() const { return m_flagged; }
    /** Tamper alarms of the viewer's units' devices, from the last download (the same viewer rule). */
    [[nodiscard]] DeviceAlarmListModel *alarms() const { return m_alarms; }

Q_SIGNALS:
    void filterChanged();

private:
    akten::store::Database &m_db;
    akten::auth::AccessAudit &m_audit;
    QString m_exportDir;
    std::optional<akten::auth::SessionUser> m_viewer;
    bool m_openAudited = false;
    FilterChoiceListModel *m_residentChoices; ///< child of this
    FilterChoiceListModel *m_staffChoices; ///< child of this
    DeviceAlarmListModel *m_alarms; ///< child of this
    QString m_residentFilter;
    QString m_staffFilter;
    QString m_actionFilter = QStringLiteral("all");
    int m_periodDays = 7;
    bool m_onlyFlagged = false;
    int m_flagged = 0;
    qint64 m_nowMs = 0;
};
