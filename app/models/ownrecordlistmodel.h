// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/rowlistmodel.h"

/**
 * Plain-text cards of "Min akt" (the resident's own access): a heading (when), the text, who wrote it and a
 * correction if there is one. Filled by OwnAccessController, once for the help given and once for the journal.
 */
class OwnRecordListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Created by Min akt")

public:
    enum Roles { HeadingRole = Qt::UserRole + 1, TextRole, AuthorRole, CorrectionRole };
    Q_ENUM(Roles)
    explicit OwnRecordListModel(QObject *parent = nullptr)
        : RowListModel({ { HeadingRole, "heading" }, { TextRole, "text" }, { AuthorRole, "author" },
                           { CorrectionRole, "correction" } },
            parent)
    { }
    using RowListModel::setRows; // for the controller
};
