// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/masterdata.h"

#include <QAbstractListModel>
#include <QDate>
#include <QtQml/qqmlregistration.h>

#include "app/auth/sessionpolicy.h"

#include <optional>

namespace akten::store {
class CaseClosureRepository;
class MasterDataRepository;
} // namespace akten::store
namespace akten::auth {
class AccessAudit;
}

/**
 * The residents of the logged-in user's units, for the start page. Empty while nobody is logged in. Every load is
 * audited ("view.residents"); if the audit cannot be written, the list stays empty and says why. Residents with
 * protected identity are masked: their name and room are never exposed through this model. A resident whose case is
 * closed stays listed (the record can still be read) and says so: nothing can be written about them.
 */
class ResidentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Roles {
        ResidentIdRole = Qt::UserRole + 1,
        DisplayNameRole,
        RoomRole,
        UnitNameRole,
        AgeRole,
        IsChildRole,
        ProtectedIdentityRole,
        ContactPersonsRole,
        FirstInUnitRole, ///< true on the first resident of each unit: the delegate shows the unit heading
        MyResidentRole, ///< the logged-in user is this resident's kontaktman
        CaseClosedRole, ///< the resident's case is closed: the record is read-only
    };
    Q_ENUM(Roles)

    ResidentListModel(akten::store::MasterDataRepository &repository,
        const akten::store::CaseClosureRepository &closures, akten::auth::AccessAudit &audit,
        QObject *parent = nullptr);
    ~ResidentListModel() override;
    Q_DISABLE_COPY_MOVE(ResidentListModel)

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] bool empty() const { return m_rows.isEmpty(); }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /** Reloads from the store; on failure the list is empty and errorText says why (Swedish). */
    Q_INVOKABLE void reload();
    /** Who is looking; nullopt empties the list. Reloads. */
    void setViewer(const std::optional<akten::auth::SessionUser> &viewer);
    void setToday(const QDate &today) { m_today = today; } // for unit testing

Q_SIGNALS:
    void countChanged();
    void errorTextChanged();

private:
    struct Row
    {
        akten::core::Resident resident;
        QString unitName;
        QString contactPersons;
        bool caseClosed = false;
    };
    akten::store::MasterDataRepository &m_repository;
    const akten::store::CaseClosureRepository &m_closures;
    akten::auth::AccessAudit &m_audit;
    std::optional<akten::auth::SessionUser> m_viewer;
    QList<Row> m_rows;
    QString m_errorText;
    QDate m_today = QDate::currentDate();
};
