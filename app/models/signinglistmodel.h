// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/ids.h"
#include "models/rowlistmodel.h"

#include <QDate>

namespace akten::store {
class PlanRepository;
class SigningRepository;
class MasterDataRepository;
} // namespace akten::store

/**
 * The signing list (signeringslista) of one day: every timed activity of the current plan with its signature —
 * signed (by whom, when), not done (with the reason), retracted, or not yet signed. Delegated HSL tasks are marked.
 */
class SigningListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")
    Q_PROPERTY(QString dayLabel READ dayLabel NOTIFY dayChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY dayChanged)

public:
    enum Roles { TimeRole = Qt::UserRole + 1, ActivityRole, StatusRole, StateRole, DetailRole, HslRole };
    Q_ENUM(Roles)
    SigningListModel(akten::store::PlanRepository &plans, akten::store::SigningRepository &signing,
        akten::store::MasterDataRepository &master, QObject *parent = nullptr);
    void load(const akten::core::Id &residentId);

    Q_INVOKABLE void previousDay();
    Q_INVOKABLE void nextDay();
    void setDay(const QDate &day); // for unit testing and the shell
    [[nodiscard]] QString dayLabel() const;
    [[nodiscard]] QString summary() const { return m_summary; }

Q_SIGNALS:
    void dayChanged();

private:
    void reload();
    akten::store::PlanRepository &m_plans;
    akten::store::SigningRepository &m_signing;
    akten::store::MasterDataRepository &m_master;
    akten::core::Id m_residentId;
    QDate m_day;
    QString m_summary;
};
