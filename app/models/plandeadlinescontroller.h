// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/models/deadlinelistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::store {
class Database;
class MasterDataRepository;
} // namespace akten::store
namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
}

/**
 * The plan deadlines of the viewer's units (domain.md D2, D8): `overview` lists every resident's next deadline,
 * overdue first ("Planer" on home, for staff and unit managers alike); `mine` only the residents the viewer is
 * kontaktman for (the card on Nu right after login). Reading them is a view of personal data: audited
 * ("view.plan_deadlines") before anything is shown.
 */
class PlanDeadlinesController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(DeadlineListModel *overview READ overview CONSTANT)
    Q_PROPERTY(DeadlineListModel *mine READ mine CONSTANT)

public:
    PlanDeadlinesController(akten::store::Database &db, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock, QObject *parent = nullptr);
    ~PlanDeadlinesController() override;
    Q_DISABLE_COPY_MOVE(PlanDeadlinesController)

    /** Who is looking; loads their deadlines (none when nobody is logged in). */
    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Reads the deadlines again (after a follow-up, or when the tab is shown). */
    Q_INVOKABLE void reload();
    /** One resident's next deadline from their decisions, plan revisions and follow-ups (also the record's plan). */
    [[nodiscard]] static akten::core::PlanDeadline deadlineOf(akten::store::Database &db,
        akten::store::MasterDataRepository &master, const akten::core::Resident &resident, qint64 nowMs);

    [[nodiscard]] DeadlineListModel *overview() const { return m_overview; }
    [[nodiscard]] DeadlineListModel *mine() const { return m_mine; }

private:
    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    std::optional<akten::auth::SessionUser> m_viewer;
    DeadlineListModel *m_overview = nullptr;
    DeadlineListModel *m_mine = nullptr;
};
