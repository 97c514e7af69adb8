// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/**
 * Storage and change notification shared by the record's section models and the small lists QML sees (demo badges,
 * refused records, badge states, filter choices): rows of role → value, count/empty and a Swedish errorText when
 * loading failed. Subclasses only load and map their records.
 */
class RowListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(bool empty READ empty NOTIFY countChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    using Row = QHash<int, QVariant>;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override { return m_roleNames; }
    [[nodiscard]] int count() const { return static_cast<int>(m_rows.size()); }
    [[nodiscard]] bool empty() const { return m_rows.isEmpty(); }
    [[nodiscard]] QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void countChanged();
    void errorTextChanged();

protected:
    /** `keyRole`: a role that identifies a row; when set, setRows() updates rows with the same keys in place. */
    RowListModel(QHash<int, QByteArray> roleNames, QObject *parent, int keyRole = -1);
    /** Replaces all rows (in place if their keys are the same); a non-empty error empties the model and is shown. */
    void setRows(QList<Row> rows, const QString &error = {});
    [[nodiscard]] const QList<Row> &rows() const { return m_rows; }

private:
    QHash<int, QByteArray> m_roleNames;
    int m_keyRole = -1;
    QList<Row> m_rows;
    QString m_errorText;
};
