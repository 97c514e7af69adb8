// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "models/rowlistmodel.h"

RowListModel::RowListModel(QHash<int, QByteArray> roleNames, QObject *parent)
    : QAbstractListModel(parent)
    , m_roleNames(std::move(roleNames))
{ }

int RowListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RowListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return m_rows.at(index.row()).value(role);
}

void RowListModel::setRows(QList<Row> rows, const QString &error)
{
    beginResetModel();
    m_rows = error.isEmpty() ? std::move(rows) : QList<Row> {};
    endResetModel();
    Q_EMIT countChanged();
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
}
