// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/ids.h"
#include "app/core/plan.h"
#include "app/models/planversionlistmodel.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
class IbicCatalogue;
} // namespace akten::core
namespace akten::store {
class Database;
}

/**
 * A resident's genomförandeplan in conflict (two revisions from the same parent, written on different tablets while
 * offline): both versions side by side — who wrote them, when, and every need with goal and activities — and the
 * way out: the resident's kontaktman (or the unit manager) combines both when they changed different parts or only
 * added to the same text (core::mergePlans), or keeps one version. Either is written as a merge revision naming
 * every head as its parent, with its audit event in the same transaction. Nothing is deleted.
 */
class PlanConflictModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(PlanVersionListModel *versions READ versions CONSTANT)
    Q_PROPERTY(bool canResolve READ canResolve NOTIFY changed)
    Q_PROPERTY(bool canCombine READ canCombine NOTIFY changed)
    Q_PROPERTY(QString message READ message NOTIFY changed)

public:
    PlanConflictModel(akten::store::Database &db, const akten::core::IbicCatalogue &catalogue,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock, QObject *parent = nullptr);
    ~PlanConflictModel() override;
    Q_DISABLE_COPY_MOVE(PlanConflictModel)

    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    /** Loads the resident's plan heads (the record must already be open, with its view audited). */
    Q_INVOKABLE void load(const QString &residentId);

    /** The plan's heads in HLC order: row i is what keep(i) keeps. */
    [[nodiscard]] PlanVersionListModel *versions() const { return m_versions; }
    [[nodiscard]] bool canResolve() const;
    /** Both versions' changes fit together (see core::mergePlans) and the viewer may resolve. */
    [[nodiscard]] bool canCombine() const { return canResolve() && m_combined.has_value(); }
    [[nodiscard]] QString message() const { return m_message; }

    /** Keeps version `index` as the plan: writes the merge revision. */
    Q_INVOKABLE bool keep(int index);
    /** Writes the merge revision with both versions' changes. */
    Q_INVOKABLE bool combine();

Q_SIGNALS:
    void changed();
    /** A merge revision was written: the plan view should reload. */
    void resolved(const QString &residentId);

private:
    bool write(akten::core::PlanRevision merge, const QString &detail, const QString &doneText);

    akten::store::Database &m_db;
    const akten::core::IbicCatalogue &m_catalogue;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    std::optional<akten::auth::SessionUser> m_viewer;
    akten::core::Id m_residentId;
    akten::core::Id m_unitId;
    QList<akten::core::Id> m_contactPersons;
    QList<akten::core::PlanRevision> m_heads;
    std::optional<akten::core::PlanRevision> m_combined; ///< both heads' changes, when they fit together
    PlanVersionListModel *m_versions; ///< child of this
    QString m_message;
};
