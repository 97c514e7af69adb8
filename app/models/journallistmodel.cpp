// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "models/journallistmodel.h"

#include "core/enums.h"
#include "models/modelsupport.h"
#include "store/journalrepository.h"

#include <QDateTime>
#include <QMultiHash>
#include <QStringList>

using namespace Qt::StringLiterals;

JournalListModel::JournalListModel(akten::store::JournalRepository &repository, QObject *parent)
    : RowListModel({ { EventDateRole, "eventDate" }, { CategoryRole, "category" }, { AuthorRole, "author" },
                       { RecordedRole, "recorded" }, { TextRole, "text" }, { CorrectionsRole, "corrections" } },
        parent)
    , m_repository(repository)
{ }

void JournalListModel::load(const akten::core::Id &residentId)
{
    const auto entries = m_repository.entries(residentId);
    const auto corrections = m_repository.corrections(residentId);
    if (!entries || !corrections) {
        setRows({}, tr("Journalen kunde inte läsas."));
        return;
    }
    QMultiHash<akten::core::Id, QString> correctionTexts;
    for (const auto &c : corrections.value()) {
        const QString when = akten::models::formatDateTimeSv(QDateTime::fromMSecsSinceEpoch(c.meta.wallMs));
        correctionTexts.insert(c.entryId,
            (c.residentObjection ? tr("Den enskildes invändning") : tr("Rättelse"))
                + u" (%1, %2, %3): %4"_s.arg(when, c.authorName, c.authorTitle, c.text));
    }
    QList<Row> rows;
    for (const auto &e : entries.value()) {
        QStringList notes = correctionTexts.values(e.meta.id);
        notes.sort();
        const QString day = akten::models::formatDateSv(e.eventDate);
        rows.append({ { EventDateRole, e.eventTime.isValid() ? day + u", "_s + e.eventTime.toString(u"HH:mm"_s) : day },
            { CategoryRole, akten::core::labelSv(e.category) },
            { AuthorRole, u"%1, %2"_s.arg(e.authorName, e.authorTitle) },
            { RecordedRole,
                tr("Skrivet %1").arg(akten::models::formatDateTimeSv(QDateTime::fromMSecsSinceEpoch(e.meta.wallMs))) },
            { TextRole, e.text }, { CorrectionsRole, notes.join(u"\n"_s) } });
    }
    setRows(rows);
}
