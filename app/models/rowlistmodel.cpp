// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/rowlistmodel.h"

RowListModel::RowListModel(QHash<int, QByteArray> roleNames, QObject *parent, int keyRole)
    : QAbstractListModel(parent)
    , m_roleNames(std::move(roleNames))
    , m_keyRole(keyRole)
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
    if (!error.isEmpty()) {
        rows.clear();
    }
    const auto sameKeys = [&] {
        if (m_keyRole < 0 || rows.size() != m_rows.size()) {
            return false;
        }
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).value(m_keyRole) != m_rows.at(i).value(m_keyRole)) {
                return false;
            }
        }
        return true;
    };
    if (sameKeys()) {
        // The same rows in the same order: change what changed in place, so views keep focus and position.
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i) != m_rows.at(i)) {
                m_rows[i] = std::move(rows[i]);
                Q_EMIT dataChanged(index(int(i)), index(int(i)));
            }
        }
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT countChanged();
    }
    if (error != m_errorText) {
        m_errorText = error;
        Q_EMIT errorTextChanged();
    }
}
