// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/ownrecordlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
}
namespace akten::store {
class Database;
class MasterDataRepository;
} // namespace akten::store

/**
 * "Min akt" (G2.1, G7.2): what a staff member shows the resident on the tablet, in plain words and large type: the
 * help signed for them the last seven days (`help`) and their journal, newest first, with corrections (`journal`).
 * The set plan is the easy-read view's (EasyReadModel), not repeated here. Logged as shown to the resident
 * ("view.record.own_access", the staff member as the actor) before anything is shown. Never on a kiosk.
 */
class OwnAccessController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    Q_PROPERTY(OwnRecordListModel *help READ help CONSTANT)
    Q_PROPERTY(OwnRecordListModel *journal READ journal CONSTANT)

public:
    OwnAccessController(akten::store::Database &db, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock, bool kiosk, QObject *parent = nullptr);
    ~OwnAccessController() override;
    Q_DISABLE_COPY_MOVE(OwnAccessController)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Logs the showing and loads the resident's record; false with errorText in Swedish if it cannot be shown. */
    Q_INVOKABLE bool open(const QString &residentId);
    Q_INVOKABLE void close();

    [[nodiscard]] QString title() const { return m_title; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] OwnRecordListModel *help() const { return m_help; }
    [[nodiscard]] OwnRecordListModel *journal() const { return m_journal; }

Q_SIGNALS:
    void changed();

private:
    bool fail(const QString &message);
    [[nodiscard]] bool loadHelp(const akten::core::Id &residentId);
    [[nodiscard]] bool loadJournal(const akten::core::Id &residentId);

    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    const bool m_kiosk;
    std::optional<akten::auth::SessionUser> m_viewer;
    QString m_title;
    QString m_errorText;
    OwnRecordListModel *m_help = nullptr;
    OwnRecordListModel *m_journal = nullptr;
};
