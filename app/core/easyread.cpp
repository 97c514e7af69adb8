// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/easyread.h"

#include <QStringList>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace akten::core {

namespace {

struct AreaWords
{
    char16_t symbol;
    const char16_t *title;
};

// Symbols from Unicode's BMP that DejaVu Sans draws: no image files, no emoji font needed.
constexpr std::array<AreaWords, 11> kAreas { {
    { u'\u270E', u"Lära och förstå" }, // pencil
    { u'\u2611', u"Dagens rutiner" }, // ballot box with check
    { u'\u2709', u"Prata och förstå varandra" }, // envelope
    { u'\u279C', u"Röra sig och ta sig fram" }, // arrow
    { u'\u2665', u"Sköta om sig själv" }, // heart
    { u'\u2302', u"Hemma" }, // house
    { u'\u263A', u"Familj och vänner" }, // smiling face
    { u'\u270D', u"Arbete, skola och pengar" }, // writing hand
    { u'\u266B', u"Fritid och gemenskap" }, // notes
    { u'\u2602', u"Känna sig trygg" }, // umbrella
    { u'\u273F', u"Stöd till de närstående" }, // flower
} };

const QStringList &weekdayPlural()
{
    static const QStringList days { u"måndagar"_s, u"tisdagar"_s, u"onsdagar"_s, u"torsdagar"_s, u"fredagar"_s,
        u"lördagar"_s, u"söndagar"_s };
    return days;
}

QString joinAnd(const QStringList &items)
{
    if (items.size() <= 1) {
        return items.join(QString());
    }
    return items.mid(0, items.size() - 1).join(u", "_s) + u" och "_s + items.constLast();
}

} // namespace

QString easyReadSymbol(int lifeArea)
{
    return lifeArea >= 1 && lifeArea <= 11 ? QString(QChar(kAreas.at(lifeArea - 1).symbol)) : u"\u25CF"_s;
}

QString easyReadAreaTitle(int lifeArea)
{
    return lifeArea >= 1 && lifeArea <= 11 ? QString::fromUtf16(kAreas.at(lifeArea - 1).title) : QString();
}

QString easyReadWhen(const PlanActivity &activity)
{
    if (activity.asNeeded) {
        return u"När du vill ha hjälp"_s;
    }
    if (activity.times.isEmpty()) {
        return activity.when;
    }
    QList<QTime> times = activity.times;
    std::sort(times.begin(), times.end());
    QStringList clock;
    for (const QTime &t : std::as_const(times)) {
        clock << t.toString(u"HH.mm"_s);
    }
    const QString at = u"klockan "_s + joinAnd(clock);
    QList<int> weekdays = activity.weekdays;
    std::sort(weekdays.begin(), weekdays.end());
    if (weekdays.isEmpty() || weekdays.size() == 7) {
        return u"Varje dag "_s + at;
    }
    QStringList days;
    for (int day : std::as_const(weekdays)) {
        if (day >= 1 && day <= 7) {
            days << weekdayPlural().at(day - 1);
        }
    }
    return u"På "_s + joinAnd(days) + u" "_s + at;
}

QList<EasyReadCard> easyReadCards(const PlanRevision &plan)
{
    QList<PlanNeed> needs = plan.needs;
    std::stable_sort(needs.begin(), needs.end(), [](const auto &a, const auto &b) { return a.lifeArea < b.lifeArea; });
    QList<EasyReadCard> cards;
    for (const PlanNeed &need : std::as_const(needs)) {
        for (const PlanActivity &activity : need.activities) {
            cards.append({ easyReadSymbol(need.lifeArea), easyReadAreaTitle(need.lifeArea), activity.description,
                activity.how, easyReadWhen(activity) });
        }
    }
    return cards;
}

} // namespace akten::core
