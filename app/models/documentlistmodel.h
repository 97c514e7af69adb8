// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/ids.h"
#include "models/rowlistmodel.h"

namespace akten::store {
class MasterDataRepository;
}

/** The register of received and created documents (inkomna och upprättade handlingar). */
class DocumentListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")

public:
    enum Roles { KindRole = Qt::UserRole + 1, TitleRole, DateRole, DirectionRole };
    Q_ENUM(Roles)
    explicit DocumentListModel(akten::store::MasterDataRepository &repository, QObject *parent = nullptr);
    void load(const akten::core::Id &residentId);

private:
    akten::store::MasterDataRepository &m_repository;
};
