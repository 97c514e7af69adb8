// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

/**
 * The records the central store refused, as the sync status screen lists them: what kind of record, why (Swedish,
 * never record content) and when. Filled by SyncStatusModel; a refresh with the same rows leaves the view alone.
 * GUI thread.
 */
class RejectedRecordListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SyncStatusModel")

public:
    enum Roles {
        KindRole = Qt::UserRole + 1,
        ReasonRole,
        WhenRole,
    };
    Q_ENUM(Roles)

    /** One refused record, already in the words staff read. */
    struct Record
    {
        QString kind;
        QString reason;
        QString when;
    };

    explicit RejectedRecordListModel(QObject *parent = nullptr);
    ~RejectedRecordListModel() override;
    Q_DISABLE_COPY_MOVE(RejectedRecordListModel)

    void setRecords(const QList<Record> &records);
};
