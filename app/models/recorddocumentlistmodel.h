// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/recorddocuments.h"
#include "app/models/rowlistmodel.h"

#include <QDate>
#include <QHash>

/**
 * Versions of one kind of the record's documents as cards: the current versions (a conflict — two current versions
 * of one document, saved from one parent on two tablets — marks both), or every version newest first (the history).
 * Each row carries its fields as read (label, value) and who saved it when.
 */
class RecordDocumentListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by RecordDocumentsController")

public:
    enum Roles {
        DocumentIdRole = Qt::UserRole + 1,
        TitleRole,
        SubtitleRole,
        VersionRole,
        FieldsRole,
        StatusRole,
        WarningRole, ///< the status is something to act on (revoked, ended, points to act on)
        ConflictRole,
    };
    Q_ENUM(Roles)
    explicit RecordDocumentListModel(QObject *parent = nullptr);

    /**
     * Shows `versions` (all of one type for one resident): the current ones, or with `history` every version. `staff`
     * names the authors ("Anna Berg, undersköterska").
     */
    void show(const QList<akten::core::RecordDocument> &versions, bool history,
        const QHash<akten::core::Id, QString> &staff, const QDate &today, const QString &error = {});
};
