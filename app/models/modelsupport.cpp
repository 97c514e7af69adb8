// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/modelsupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace akten::models {

QString formatDateSv(const QDate &date)
{
    if (!date.isValid()) {
        return {};
    }
    return QLocale(QLocale::Swedish, QLocale::Sweden).toString(date, u"d MMMM yyyy"_s);
}

QString formatDateTimeSv(const QDateTime &time)
{
    if (!time.isValid()) {
        return {};
    }
    const QDateTime local = time.toTimeZone(core::careTimeZone());
    return formatDateSv(local.date()) + u", "_s + local.time().toString(u"HH:mm"_s);
}

QString nearTimeText(qint64 wallMs, qint64 nowMs, bool sayToday)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(wallMs, core::careTimeZone());
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, core::careTimeZone()).date();
    const QString time = at.toString(u"HH:mm"_s);
    if (at.date() == today) {
        return sayToday ? QCoreApplication::translate("TimeText", "i dag %1").arg(time) : time;
    }
    if (at.date() == today.addDays(-1)) {
        return QCoreApplication::translate("TimeText", "i går %1").arg(time);
    }
    return at.toString(u"yyyy-MM-dd HH:mm"_s);
}

QHash<core::Id, QString> staffLabels(const QList<core::Staff> &staff)
{
    QHash<core::Id, QString> labels;
    for (const core::Staff &member : staff) {
        labels.insert(member.id, member.displayName() + u", "_s + member.title);
    }
    return labels;
}

} // namespace akten::models
