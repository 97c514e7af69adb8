// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/filterchoicelistmodel.h"

FilterChoiceListModel::FilterChoiceListModel(QObject *parent)
    : RowListModel({ { ValueRole, "value" }, { LabelRole, "label" } }, parent)
{ }

FilterChoiceListModel::~FilterChoiceListModel() = default;

void FilterChoiceListModel::setChoices(const QList<Choice> &choices)
{
    QList<Row> rows;
    for (const Choice &choice : choices) {
        rows.append({ { ValueRole, choice.value }, { LabelRole, choice.label } });
    }
    setRows(rows);
}
