// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/signinglistmodel.h"

#include "app/core/clock.h"
#include "app/models/modelsupport.h"
#include "app/models/occurrencetexts.h"
#include "app/store/masterdatarepository.h"

using namespace Qt::StringLiterals;
using akten::core::OccurrenceState;

SigningListModel::SigningListModel(akten::store::Database &db, akten::store::MasterDataRepository &master,
    const akten::core::Clock &clock, QObject *parent)
    : RowListModel(
        { { TimeRole, "time" }, { ActivityRole, "activity" }, { StatusRole, "status" }, { StateRole, "signState" },
            { DetailRole, "detail" }, { HslRole, "delegatedHsl" }, { ToneRole, "tone" } },
        parent)
    , m_reader(db)
    , m_master(master)
    , m_clock(clock)
    , m_day(akten::core::careDate(clock.nowMs()))
{ }

void SigningListModel::load(const akten::core::Id &residentId)
{
    m_residentId = residentId;
    reload();
}

void SigningListModel::previousDay()
{
    setDay(m_day.addDays(-1));
}

void SigningListModel::nextDay()
{
    setDay(m_day.addDays(1));
}

void SigningListModel::setDay(const QDate &day)
{
    m_day = day;
    reload();
}

QString SigningListModel::dayLabel() const
{
    const QString date = akten::models::formatDateSv(m_day);
    return m_day == akten::core::careDate(m_clock.nowMs()) ? tr("I dag, %1").arg(date) : date;
}

void SigningListModel::reload()
{
    const auto resident = m_master.resident(m_residentId);
    const auto units = m_master.units();
    const auto staff = m_master.staff();
    if (m_residentId.isNull() || !resident || !units || !staff) {
        m_summary.clear();
        setRows({}, m_residentId.isNull() ? QString() : tr("Signeringslistan kunde inte läsas."));
        Q_EMIT dayChanged();
        return;
    }
    QHash<akten::core::Id, akten::core::SigningWindow> windows;
    for (const akten::core::Unit &unit : units.value()) {
        windows.insert(unit.id, unit.signingWindow);
    }
    const auto day = m_reader.read({ resident.value() }, windows, m_day, m_clock.nowMs());
    if (!day) {
        m_summary.clear();
        setRows({}, tr("Signeringslistan kunde inte läsas."));
        Q_EMIT dayChanged();
        return;
    }
    QHash<akten::core::Id, QString> names;
    for (const akten::core::Staff &member : staff.value()) {
        names.insert(member.id, member.displayName());
    }
    QList<Row> rows;
    int signedCount = 0;
    int timed = 0;
    for (const akten::store::DayOccurrence &item : day.value()) {
        rows.append({ { TimeRole, OccurrenceTexts::time(item.occurrence) },
            { ActivityRole, item.occurrence.description }, { StatusRole, OccurrenceTexts::status(item, names) },
            { StateRole, int(item.status.state) }, { DetailRole, OccurrenceTexts::detail(item, names) },
            { HslRole, item.occurrence.delegatedHsl }, { ToneRole, OccurrenceTexts::tone(item) },
            { SignedTwiceRole, item.status.signedTwice(item.occurrence) } });
        if (!item.occurrence.asNeeded) {
            ++timed;
            signedCount += item.status.valid.isEmpty() ? 0 : 1;
        }
    }
    m_summary = rows.isEmpty() ? tr("Inga insatser på signeringslistan den här dagen")
                               : tr("%1 av %2 signerade, %3 kvar").arg(signedCount).arg(timed).arg(timed - signedCount);
    setRows(rows);
    Q_EMIT dayChanged();
}
