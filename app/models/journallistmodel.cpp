// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/journallistmodel.h"

#include "app/core/enums.h"
#include "app/models/journalservice.h"
#include "app/models/modelsupport.h"
#include "app/store/journalrepository.h"

#include <QDateTime>
#include <QMultiHash>
#include <QStringList>

using namespace Qt::StringLiterals;

JournalListModel::JournalListModel(akten::store::JournalRepository &repository, QObject *parent)
    : RowListModel({ { EventDateRole, "eventDate" }, { CategoryRole, "category" }, { AuthorRole, "author" },
                       { RecordedRole, "recorded" }, { TextRole, "text" }, { CorrectionsRole, "corrections" },
                       { EntryIdRole, "entryId" }, { CategoryCodeRole, "categoryCode" }, { CorrectedRole, "corrected" },
                       { CorrectedTextRole, "correctedText" }, { ObjectionsRole, "objections" },
                       { CanCorrectRole, "canCorrect" }, { DeviationRole, "deviation" } },
        parent, EntryIdRole)
    , m_repository(repository)
    , m_categories(new FilterChoiceListModel(this))
{ }

void JournalListModel::load(const akten::core::Id &residentId, const std::optional<akten::auth::SessionUser> &viewer,
    const akten::core::Id &unitId)
{
    m_residentId = residentId;
    m_viewer = viewer;
    m_unitId = unitId;
    reload();
}

void JournalListModel::setFilterCategory(int category)
{
    if (category != m_filterCategory) {
        m_filterCategory = category;
        Q_EMIT filterChanged();
        reload();
    }
}

void JournalListModel::setQuery(const QString &query)
{
    if (query != m_query) {
        m_query = query;
        Q_EMIT filterChanged();
        reload();
    }
}

void JournalListModel::reload()
{
    if (m_residentId.isNull()) {
        setRows({});
        return;
    }
    const auto entries
        = m_query.trimmed().isEmpty() ? m_repository.entries(m_residentId) : m_repository.search(m_residentId, m_query);
    const auto corrections = m_repository.corrections(m_residentId);
    if (!entries || !corrections) {
        setRows({}, tr("Journalen kunde inte läsas."));
        return;
    }
    QMultiHash<akten::core::Id, akten::core::Correction> byEntry;
    for (const auto &c : corrections.value()) {
        byEntry.insert(c.entryId, c);
    }
    QList<Row> rows;
    QList<int> present;
    for (const auto &e : entries.value()) {
        if (!present.contains(int(e.category))) {
            present.append(int(e.category));
        }
    }
    std::sort(present.begin(), present.end());
    QList<FilterChoiceListModel::Choice> choices { { u"-1"_s, tr("Alla slag") } };
    for (const int category : std::as_const(present)) {
        choices.append({ QString::number(category), akten::core::labelSv(akten::core::JournalCategory(category)) });
    }
    m_categories->setChoices(choices);
    for (const auto &e : entries.value()) {
        if (m_filterCategory >= 0 && int(e.category) != m_filterCategory) {
            continue;
        }
        QList<akten::core::Correction> mine = byEntry.values(e.meta.id);
        std::sort(mine.begin(), mine.end(), [](const auto &a, const auto &b) { return a.meta.hlc < b.meta.hlc; });
        QStringList corrected;
        QStringList objections;
        QString newest;
        for (const auto &c : std::as_const(mine)) {
            const QString when = akten::models::formatDateTimeSv(QDateTime::fromMSecsSinceEpoch(c.meta.wallMs));
            if (c.residentObjection) {
                objections << tr("Den enskildes invändning (%1, antecknad av %2, %3): %4")
                                  .arg(when, c.authorName, c.authorTitle, c.text);
            } else {
                corrected << tr("Rättelse (%1, %2, %3). Varför: %4").arg(when, c.authorName, c.authorTitle, c.reason);
                newest = c.text;
            }
        }
        const QString day = akten::models::formatDateSv(e.eventDate);
        rows.append({ { EventDateRole, e.eventTime.isValid() ? day + u", "_s + e.eventTime.toString(u"HH:mm"_s) : day },
            { CategoryRole, akten::core::labelSv(e.category) }, { CategoryCodeRole, int(e.category) },
            { AuthorRole, u"%1, %2"_s.arg(e.authorName, e.authorTitle) },
            { RecordedRole,
                tr("Skrivet %1").arg(akten::models::formatDateTimeSv(QDateTime::fromMSecsSinceEpoch(e.meta.wallMs))) },
            { TextRole, e.text }, { EntryIdRole, akten::core::idToString(e.meta.id) },
            { CorrectionsRole, corrected.join(u"\n"_s) }, { CorrectedRole, !newest.isEmpty() },
            { CorrectedTextRole, newest }, { ObjectionsRole, objections.join(u"\n"_s) },
            { CanCorrectRole, m_viewer && JournalService::mayCorrect(*m_viewer, e.meta.authorId, m_unitId) },
            { DeviationRole, e.category == akten::core::JournalCategory::Deviation } });
    }
    setRows(rows);
}
