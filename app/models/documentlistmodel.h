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
 * The register of received and created documents (inkomna och upprättade handlingar): those the central register
 * holds and those staff registered on a tablet (record_documents, register_entry), newest first.
 */
class DocumentListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")

public:
    enum Roles { KindRole = Qt::UserRole + 1, TitleRole, DateRole, DirectionRole, SummaryRole, RegisteredByRole };
    Q_ENUM(Roles)
    DocumentListModel(
        akten::store::MasterDataRepository &repository, akten::store::Database &db, QObject *parent = nullptr);
    void load(const akten::core::Id &residentId);

private:
    akten::store::MasterDataRepository &m_repository;
    akten::store::Database &m_db;
};
