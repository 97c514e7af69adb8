// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/models/rowlistmodel.h"

#include <QtQml/qqmlregistration.h>

/**
 * The choices of one filter menu: the value a choice sets (an id, "" for "all") and the Swedish label shown. Used
 * by the loggkontroll's resident and staff menus; filled by their owner. GUI thread.
 */
class FilterChoiceListModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the model it filters")

public:
    enum Roles {
        ValueRole = Qt::UserRole + 1,
        LabelRole,
    };
    Q_ENUM(Roles)

    struct Choice
    {
        QString value;
        QString label;
    };

    explicit FilterChoiceListModel(QObject *parent = nullptr);
    ~FilterChoiceListModel() override;
    Q_DISABLE_COPY_MOVE(FilterChoiceListModel)

    void setChoices(const QList<Choice> &choices);
};
