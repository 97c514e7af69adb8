// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "core/ids.h"
#include "models/rowlistmodel.h"

namespace akten::store {
class JournalRepository;
}

/** The social journal, newest event date first; corrections are shown under the entry they correct. */
class JournalListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordController")

public:
    enum Roles { EventDateRole = Qt::UserRole + 1, CategoryRole, AuthorRole, RecordedRole, TextRole, CorrectionsRole };
    Q_ENUM(Roles)
    explicit JournalListModel(akten::store::JournalRepository &repository, QObject *parent = nullptr);
    void load(const akten::core::Id &residentId);

private:
    akten::store::JournalRepository &m_repository;
};
