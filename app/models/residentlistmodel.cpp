// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/residentlistmodel.h"

#include "app/auth/accessaudit.h"
#include "app/core/rules.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/masterdatarepository.h"

#include <QHash>

#include <QStringList>
#include <tuple>

using namespace Qt::StringLiterals;

ResidentListModel::ResidentListModel(akten::store::MasterDataRepository &repository,
    const akten::store::CaseClosureRepository &closures, akten::auth::AccessAudit &audit, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_closures(closures)
    , m_audit(audit)
{ }

ResidentListModel::~ResidentListModel() = default;

int ResidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant ResidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row &row = m_rows.at(index.row());
    const akten::core::Resident &r = row.resident;
    const bool masked = r.protectedIdentity;
    switch (role) {
    case ResidentIdRole:
        return akten::core::idToString(r.id);
    case Qt::DisplayRole:
    case DisplayNameRole:
        return masked ? tr("Skyddad identitet") : r.displayName();
    case RoomRole:
        return masked ? QString() : r.room;
    case UnitNameRole:
        return row.unitName;
    case AgeRole:
        return masked ? -1 : akten::core::ageOn(r.birthDate, m_today);
    case IsChildRole:
        return r.isChildOn(m_today);
    case ProtectedIdentityRole:
        return masked;
    case ContactPersonsRole:
        return masked ? QString() : row.contactPersons;
    case MyResidentRole:
        return !masked && m_viewer && akten::auth::isContactPerson(*m_viewer, r);
    case CaseClosedRole:
        return row.caseClosed;
    case FirstInUnitRole:
        return index.row() == 0 || m_rows.at(index.row() - 1).unitName != row.unitName;
    default:
        return {};
    }
}

QHash<int, QByteArray> ResidentListModel::roleNames() const
{
    return { { ResidentIdRole, "residentId" }, { DisplayNameRole, "displayName" }, { RoomRole, "room" },
        { UnitNameRole, "unitName" }, { AgeRole, "age" }, { IsChildRole, "isChild" },
        { ProtectedIdentityRole, "protectedIdentity" }, { ContactPersonsRole, "contactPersons" },
        { FirstInUnitRole, "firstInUnit" }, { MyResidentRole, "myResident" }, { CaseClosedRole, "caseClosed" } };
}

void ResidentListModel::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    reload();
}

void ResidentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    QString error;
    if (!m_viewer) {
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    const auto residents = m_repository.residents();
    const auto units = m_repository.units();
    const auto staff = m_repository.staff();
    const auto closed = m_closures.closedResidents();
    if (!residents || !units || !staff || !closed) {
        error = tr("Listan över boende kunde inte läsas från journalen.");
    } else {
        QHash<akten::core::Id, QString> unitNames;
        for (const auto &unit : units.value()) {
            unitNames.insert(unit.id, unit.name);
        }
        QHash<akten::core::Id, QString> staffNames;
        for (const auto &member : staff.value()) {
            staffNames.insert(member.id, member.displayName());
        }
        for (const auto &resident : residents.value()) {
            if (!akten::auth::inScope(*m_viewer, resident)) {
                continue; // other units' residents are not even listed
            }
            QStringList contacts;
            for (const auto &id : resident.contactPersonIds) {
                contacts << staffNames.value(id);
            }
            m_rows.append({ resident, unitNames.value(resident.unitId), contacts.join(u", "_s),
                closed.value().contains(resident.id) });
        }
        // Grouped by unit; protected identities last in their unit, so their place in the list does not hint at
        // the surname.
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return std::tie(a.unitName, a.resident.protectedIdentity)
                < std::tie(b.unitName, b.resident.protectedIdentity);
        });
    }
    if (error.isEmpty()
        && !m_audit.record(&*m_viewer, u"view.residents"_s, {}, {}, u"%1 listed"_s.arg(m_rows.size()))) {
        m_rows.clear();
        error = tr("Listan kan inte visas eftersom åtkomsten inte kunde loggas. Kontakta enhetschefen.");
    }
    endResetModel();
    Q_EMIT countChanged();
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
}
