// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/consent.h"
#include "app/models/rowlistmodel.h"

#include <QDate>

namespace akten::store {
class Database;
class MasterDataRepository;
} // namespace akten::store

/**
 * The resident's consent register (domain.md D6), newest first: one row per consent given, with its recipient, data,
 * period, giver and form, who noted it, and its state on the care day (Gäller / Gäller från … / Har gått ut /
 * Återkallat …). Revocations show on the consent they revoke. Loaded by RecordController after the view is audited.
 */
class ConsentListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        RecipientRole,
        ScopeRole,
        PeriodRole,
        GivenByRole,
        NotedRole, ///< "Antecknat av Anna Berg, undersköterska, 2 oktober 2026"
        StatusRole,
        ToneRole, ///< a StatusChip tone name
        ValidRole, ///< in force today (may be used for a release)
        RevocableRole, ///< in force or not yet: may be revoked
        CoversPlanRole,
    };
    Q_ENUM(Roles)
    ConsentListModel(akten::store::Database &db, akten::store::MasterDataRepository &master, QObject *parent = nullptr);

    void load(const akten::core::Id &residentId, const QDate &today);
    /** The label of a consent ("Anna Svensson, 2 oktober 2026, till Solrosen") for a release or the plan. */
    [[nodiscard]] static QString consentLabel(const akten::core::ConsentEvent &consent);

private:
    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
};
