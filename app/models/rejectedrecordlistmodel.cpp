// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/rejectedrecordlistmodel.h"

RejectedRecordListModel::RejectedRecordListModel(QObject *parent)
    : RowListModel({ { KindRole, "kind" }, { ReasonRole, "reason" }, { WhenRole, "when" } }, parent)
{ }

RejectedRecordListModel::~RejectedRecordListModel() = default;

void RejectedRecordListModel::setRecords(const QList<Record> &records)
{
    QList<Row> rows;
    for (const Record &record : records) {
        rows.append({ { KindRole, record.kind }, { ReasonRole, record.reason }, { WhenRole, record.when } });
    }
    if (rows != this->rows()) { // refreshed every minute and on every sync step: keep the list's scroll position
        setRows(rows);
    }
}
