// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "models/documentlistmodel.h"

#include "models/modelsupport.h"
#include "store/masterdatarepository.h"

using akten::models::formatDateSv;

DocumentListModel::DocumentListModel(akten::store::MasterDataRepository &repository, QObject *parent)
    : RowListModel(
        { { KindRole, "kind" }, { TitleRole, "title" }, { DateRole, "date" }, { DirectionRole, "direction" } }, parent)
    , m_repository(repository)
{ }

void DocumentListModel::load(const akten::core::Id &residentId)
{
    const auto documents = m_repository.documents(residentId);
    if (!documents) {
        setRows({}, tr("Handlingarna kunde inte läsas."));
        return;
    }
    QList<Row> rows;
    for (const auto &doc : documents.value()) {
        rows.append({ { KindRole, doc.kind }, { TitleRole, doc.title }, { DateRole, formatDateSv(doc.date) },
            { DirectionRole, doc.received ? tr("Inkommen") : tr("Upprättad") } });
    }
    setRows(rows);
}
