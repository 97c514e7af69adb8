// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/deadlinelistmodel.h"

#include "app/models/modelsupport.h"

#include <QLocale>

using namespace Qt::StringLiterals;
using akten::core::DeadlineKind;

namespace {

/** "12 december" this year, "12 januari 2027" otherwise. */
QString shortDate(const QDate &date, const QDate &today)
{
    return date.year() == today.year() ? QLocale(QLocale::Swedish, QLocale::Sweden).toString(date, u"d MMMM"_s)
                                       : akten::models::formatDateSv(date);
}

/** Swedish genitive: "Margits", "Hans" (a name ending in s, x or z takes no s). */
QString genitive(const QString &name)
{
    const QChar last = name.isEmpty() ? QChar() : name.back().toLower();
    return last == u's' || last == u'x' || last == u'z' ? name : name + u's';
}

} // namespace

DeadlineListModel::DeadlineListModel(QObject *parent)
    : RowListModel({ { ResidentIdRole, "residentId" }, { NameRole, "name" }, { RoomRole, "room" }, { WhatRole, "what" },
                       { WhenRole, "when" }, { SentenceRole, "sentence" }, { OverdueRole, "overdue" },
                       { DaysLeftRole, "daysLeft" }, { MineRole, "mine" }, { ProtectedRole, "protectedIdentity" } },
        parent, ResidentIdRole)
{ }

void DeadlineListModel::setDeadlines(const QList<ResidentDeadline> &deadlines, const QDate &today, const QString &error)
{
    QList<Row> rows;
    int overdue = 0;
    for (const ResidentDeadline &d : deadlines) {
        const bool masked = d.resident.protectedIdentity;
        const bool plan = d.deadline.kind == DeadlineKind::Plan;
        const QString date = shortDate(d.deadline.due, today);
        const QString whose = masked ? tr("en boendes") : genitive(d.resident.firstName);
        QString when;
        QString sentence;
        if (d.deadline.overdue()) {
            ++overdue;
            when = tr("Försenad: skulle vara klar %1").arg(akten::models::formatDateSv(d.deadline.due));
            sentence = plan ? tr("%1 genomförandeplan skulle vara klar %2").arg(whose, date)
                            : tr("Uppföljningen av %1 plan skulle vara klar %2").arg(whose, date);
        } else {
            when = d.deadline.daysLeft == 0 ? tr("Senast i dag")
                                            : tr("Senast %1").arg(akten::models::formatDateSv(d.deadline.due));
            sentence = plan ? tr("%1 genomförandeplan ska vara klar senast %2").arg(whose, date)
                            : tr("Uppföljning av %1 plan senast %2").arg(whose, date);
        }
        if (!sentence.isEmpty()) {
            sentence[0] = sentence[0].toUpper();
        }
        rows.append({ { ResidentIdRole, akten::core::idToString(d.resident.id) },
            { NameRole, masked ? tr("Skyddad identitet") : d.resident.displayName() },
            { RoomRole, masked ? QString() : d.resident.room },
            { WhatRole, plan ? tr("Genomförandeplan ska upprättas") : tr("Uppföljning av planen") }, { WhenRole, when },
            { SentenceRole, sentence }, { OverdueRole, d.deadline.overdue() }, { DaysLeftRole, d.deadline.daysLeft },
            { MineRole, d.mine }, { ProtectedRole, masked } });
    }
    setRows(rows, error);
    if (overdue != m_overdue) {
        m_overdue = overdue;
        Q_EMIT overdueCountChanged();
    }
}
