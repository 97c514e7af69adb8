// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/documentlistmodel.h"

#include "app/models/modelsupport.h"
#include "app/models/recorddocumenttexts.h"
#include "app/store/masterdatarepository.h"
#include "app/store/recorddocumentrepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using akten::models::formatDateSv;

DocumentListModel::DocumentListModel(
    akten::store::MasterDataRepository &repository, akten::store::Database &db, QObject *parent)
    : RowListModel({ { KindRole, "kind" }, { TitleRole, "title" }, { DateRole, "date" }, { DirectionRole, "direction" },
                       { SummaryRole, "summary" }, { RegisteredByRole, "registeredBy" } },
        parent)
    , m_repository(repository)
    , m_db(db)
{ }

void DocumentListModel::load(const akten::core::Id &residentId)
{
    const auto documents = m_repository.documents(residentId);
    const auto entries = akten::store::RecordDocumentRepository(m_db).forResident(
        residentId, akten::core::RecordDocType::RegisterEntry);
    const auto staff = m_repository.staff();
    if (!documents || !entries || !staff) {
        setRows({}, tr("Handlingarna kunde inte läsas."));
        return;
    }
    QList<std::pair<QDate, Row>> dated;
    for (const auto &doc : documents.value()) {
        dated.append({ doc.date,
            { { KindRole, doc.kind }, { TitleRole, doc.title }, { DateRole, formatDateSv(doc.date) },
                { DirectionRole, doc.received ? tr("Inkommen") : tr("Upprättad") }, { SummaryRole, QString() },
                { RegisteredByRole, QString() } } });
    }
    const auto labels = akten::models::staffLabels(staff.value());
    for (const auto &entry : entries.value()) {
        const QDate date = QDate::fromString(entry.field(u"document_date"_s), Qt::ISODate);
        const bool received = entry.field(u"direction"_s) == "received"_L1;
        dated.append({ date,
            { { KindRole, akten::models::doctexts::choiceLabel(entry.field(u"document_type"_s)) },
                { TitleRole, (received ? tr("Från %1") : tr("Till %1")).arg(entry.field(u"counterpart"_s)) },
                { DateRole, formatDateSv(date) }, { DirectionRole, received ? tr("Inkommen") : tr("Upprättad") },
                { SummaryRole, entry.field(u"summary"_s) },
                { RegisteredByRole, tr("Registrerad av %1").arg(labels.value(entry.meta.authorId)) } } });
    }
    std::stable_sort(dated.begin(), dated.end(), [](const auto &a, const auto &b) { return b.first < a.first; });
    QList<Row> rows;
    for (const auto &[date, row] : std::as_const(dated)) {
        rows.append(row);
    }
    setRows(rows);
}
