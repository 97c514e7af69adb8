// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/icfpickermodel.h"

#include "app/core/cataloguesearch.h"

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxRecent = 8;

}

IcfPickerModel::IcfPickerModel(const akten::core::IbicCatalogue &catalogue, QObject *parent)
    : RowListModel({ { CodeRole, "code" }, { TitleRole, "title" }, { AreaRole, "area" }, { RecentRole, "recent" },
                       { OftenRole, "often" } },
        parent, CodeRole)
    , m_catalogue(catalogue)
{ }

QString IcfPickerModel::areaTitle() const
{
    const auto found = m_catalogue.area(m_area);
    return found ? found->titleSv : QString();
}

QVariantList IcfPickerModel::lifeAreas() const
{
    QVariantList result;
    for (const akten::core::LifeArea &a : m_catalogue.lifeAreas()) {
        result.append(QVariantMap { { u"number"_s, a.number }, { u"title"_s, a.titleSv } });
    }
    return result;
}

void IcfPickerModel::setArea(int area)
{
    if (area == m_area) {
        return;
    }
    m_area = area;
    refresh();
    Q_EMIT filterChanged();
}

void IcfPickerModel::setQuery(const QString &query)
{
    if (query == m_query) {
        return;
    }
    m_query = query;
    refresh();
    Q_EMIT filterChanged();
}

void IcfPickerModel::used(const QString &code)
{
    m_recent.removeAll(code);
    m_recent.prepend(code);
    if (m_recent.size() > kMaxRecent) {
        m_recent.resize(kMaxRecent);
    }
    refresh();
}

void IcfPickerModel::setRecent(const QStringList &codes)
{
    m_recent = codes.mid(0, kMaxRecent);
    refresh();
}

void IcfPickerModel::setOftenUsed(const QStringList &codes)
{
    m_often = codes;
    refresh();
}

void IcfPickerModel::refresh()
{
    // A search looks in every area; without words the chosen area's codes are listed.
    const bool searching = !m_query.trimmed().isEmpty();
    if (!searching && m_area == 0) {
        setRows({});
        return;
    }
    QStringList first = m_recent;
    for (const QString &code : std::as_const(m_often)) {
        if (!first.contains(code)) {
            first.append(code);
        }
    }
    QList<Row> rows;
    for (const akten::core::IcfCode &code :
        akten::core::searchCatalogue(m_catalogue, m_query, searching ? 0 : m_area, first)) {
        const bool recent = m_recent.contains(code.code);
        rows.append({ { CodeRole, code.code }, { TitleRole, code.titleSv }, { AreaRole, code.lifeArea },
            { RecentRole, recent }, { OftenRole, !recent && m_often.contains(code.code) } });
    }
    setRows(rows);
}
