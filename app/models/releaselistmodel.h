// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/models/rowlistmodel.h"

namespace akten::store {
class Database;
class MasterDataRepository;
} // namespace akten::store

/**
 * The resident's requests to read or get a copy of the record (domain.md D7), newest first, each with its decision
 * when there is one (the assessment, the consent used, the recipient check, what was released to whom and when, by
 * whom; or the reason and the right to appeal). Releases written before requests were kept (release_records) show
 * as decided. Loaded by RecordController after the view is audited.
 */
class ReleaseListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TitleRole, ///< "Kopia till Margit Lind (den enskilde)"
        RequestRole, ///< what was asked, when, written down by whom
        OwnRole, ///< the resident's own request
        DecidedRole,
        StatusRole,
        ToneRole,
        DecisionRole, ///< the decision in words, empty while open
        PrintableRole, ///< something was released as a copy: "Skriv ut kopia"
        RequesterRole, ///< who asked (the decision form offers them as the recipient)
        CoversRole, ///< what was asked for (offered as what is released)
    };
    Q_ENUM(Roles)
    ReleaseListModel(akten::store::Database &db, akten::store::MasterDataRepository &master, QObject *parent = nullptr);

    void load(const akten::core::Id &residentId);

private:
    akten::store::Database &m_db;
    akten::store::MasterDataRepository &m_master;
};
