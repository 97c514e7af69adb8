// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/ownaccess.h"

#include <QLocale>
#include <QStringList>

#include <array>

using namespace Qt::StringLiterals;

namespace akten::core {

QString plainDay(const QDate &day, const QDate &today)
{
    static constexpr std::array<const char16_t *, 7> since { u"I måndags", u"I tisdags", u"I onsdags", u"I torsdags",
        u"I fredags", u"I lördags", u"I söndags" };
    const qint64 back = day.daysTo(today);
    if (back == 0) {
        return u"I dag"_s;
    }
    if (back == 1) {
        return u"I går"_s;
    }
    if (back > 1 && back < 7) {
        return QString::fromUtf16(since.at(day.dayOfWeek() - 1));
    }
    return u"Den "_s + QLocale(QLocale::Swedish, QLocale::Sweden).toString(day, u"d MMMM"_s);
}

QString plainPartOfDay(const QTime &time)
{
    const int h = time.hour();
    if (h >= 5 && h < 10) {
        return u"på morgonen"_s;
    }
    if (h >= 10 && h < 12) {
        return u"på förmiddagen"_s;
    }
    if (h >= 12 && h < 14) {
        return u"mitt på dagen"_s;
    }
    if (h >= 14 && h < 18) {
        return u"på eftermiddagen"_s;
    }
    return h >= 18 && h < 23 ? u"på kvällen"_s : u"på natten"_s;
}

QString plainWhen(const QDateTime &local, const QDate &today)
{
    return plainDay(local.date(), today) + u' ' + plainPartOfDay(local.time());
}

QString plainHelp(const QString &activity, SignatureOutcome outcome, NotDoneReason reason)
{
    if (outcome == SignatureOutcome::Done) {
        return u"Du fick hjälp med: %1."_s.arg(activity);
    }
    switch (reason) {
    case NotDoneReason::Declined:
        return u"%1 blev inte av. Du ville inte den gången."_s.arg(activity);
    case NotDoneReason::Absent:
        return u"%1 blev inte av. Du var inte hemma."_s.arg(activity);
    default:
        return u"%1 blev inte av den gången."_s.arg(activity);
    }
}

QString plainList(const QStringList &items)
{
    if (items.size() <= 1) {
        return items.isEmpty() ? QString() : items.constFirst();
    }
    return items.mid(0, items.size() - 1).join(u", "_s) + u" och "_s + items.constLast();
}

QString plainAuthor(const QString &name, const QString &title)
{
    const QString first = name.section(u' ', 0, 0, QString::SectionSkipEmpty);
    return title.isEmpty() ? first : first + u", "_s + title;
}

} // namespace akten::core
