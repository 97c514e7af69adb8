// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demotexts.h"

using namespace Qt::StringLiterals;

namespace akten::demo {

const QList<const char16_t *> &executionTexts()
{
    static const QList<const char16_t *> texts {
        u"%1 valde själv att duscha efter frukosten i dag. Jag hjälpte till med ryggen och %1 tvättade resten själv.",
        u"%1 var med på sångstunden och sjöng med i flera visor. Efteråt sade %1 att det hade varit roligt.",
        u"%1 ville äta frukost på rummet i dag. Jag bar in brickan och vi pratade en stund om trädgården.",
        u"%1 gick med rollatorn till matsalen och tillbaka utan att stanna och vila.",
        u"%1 sov oroligt i natt och var vaken vid tillsynen klockan tre. Jag satt hos %1 en stund och %1 somnade "
        u"om efter en kopp varm mjölk.",
        u"%1 bestämde själv vilka kläder som skulle på till besöket och var nöjd med valet.",
        u"%1 åt hela lunchen i egen takt och bad om påtår på kaffet.",
        u"%1 följde bildschemat på morgonen och var klar i tid. Jag bekräftade varje steg som vi kommit överens om.",
        u"%1 lagade pannkakor med stöd i dag. %1 vispade smeten själv och jag hjälpte till vid spisen.",
        u"%1 var trött efter dagen och ville vila före middagen. Vi flyttade promenaden till efter kvällsmaten "
        u"enligt önskemål från %1.",
        u"%1 berättade om sin uppväxt på landet när vi tittade i fotoalbumet. %1 verkade glad och avslappnad.",
        u"%1 ville inte delta i gemensamma aktiviteter i dag och valde att lyssna på radio på rummet.",
    };
    return texts;
}

const QList<const char16_t *> &contactTexts()
{
    static const QList<const char16_t *> texts {
        u"Jag ringde sjuksköterskan Marie om att %1 har ont i höger knä sedan i morse. Marie kommer och tittar "
        u"i morgon förmiddag. Noterat även i hälso- och sjukvårdsjournalen.",
        u"Jag pratade med %G dotter i telefon om önskemålen inför helgen. %1 har samtyckt till att dottern "
        u"informeras.",
        u"Arbetsterapeuten Jonas provade en ny rollator med %1. %1 tyckte att den var lättare att styra.",
        u"Jag kontaktade handläggaren Kerstin, biståndshandläggare, om att %1 önskar fler promenader utomhus.",
        u"Fysioterapeuten Amra visade ett nytt sätt att resa sig från sängen. %1 provade och klarade det med "
        u"lite stöd.",
    };
    return texts;
}

const QList<const char16_t *> &goalProgressTexts()
{
    static const QList<const char16_t *> texts {
        u"%1 klarar nu att gå hela korridoren med rollator. Målet att upprätthålla gångförmågan ser ut att nås.",
        u"%1 väljer kläder själv varje morgon sedan två veckor. Målet i planen är på väg att uppnås.",
        u"%1 har lagat middag med stöd tre gånger den här veckan och vill fortsätta.",
        u"%1 har varit med på sångstunden alla onsdagar den senaste månaden.",
    };
    return texts;
}

const QList<const char16_t *> &dayNoteTexts()
{
    static const QList<const char16_t *> texts {
        u"Kom ihåg att %1 har tandläkartid på torsdag klockan tio. Taxi är beställd.",
        u"%1 har fått nya glasögon, de ligger i översta lådan i nattduksbordet.",
        u"Dottern till %1 kommer på besök i morgon eftermiddag.",
        u"%1 vill gärna ha te i stället för kaffe på kvällen.",
        u"%1 har bett om att få duscha på förmiddagen i stället för på kvällen. Jag har sagt att vi pratar om det "
        u"på måndagens möte.",
        u"Sjuksköterskan Lena ringer i morgon om de nya tiderna för medicinerna till %1.",
        u"%1 saknar sin gröna kofta. Den är kanske kvar i tvättstugan.",
        u"%1 vill börja gå på promenad efter frukost igen. Jag lovade att vi frågar i morgon bitti.",
        u"Fotvården kommer till %1 på tisdag förmiddag. Jag har skrivit upp det i kalendern på rummet.",
    };
    return texts;
}

const QList<NotDoneText> &notDoneReasons()
{
    static const QList<NotDoneText> reasons {
        { core::NotDoneReason::Declined, u"%1 ville sova längre. Jag erbjöd igen en timme senare." },
        { core::NotDoneReason::Absent, u"%1 var på sjukhusbesök tillsammans med sin dotter." },
        { core::NotDoneReason::Declined, u"%1 kände sig trött. Jag erbjöd igen efter vilan." },
        { core::NotDoneReason::Other, u"%1 hade besök av sin familj och ville inte bli störd." },
    };
    return reasons;
}

QString genitive(const QString &name)
{
    const QChar last = name.isEmpty() ? QChar() : name.back().toLower();
    return (last == u's' || last == u'x' || last == u'z') ? name : name + u's';
}

QString fill(const char16_t *text, const QString &firstName)
{
    return QString::fromUtf16(text).replace(u"%G"_s, genitive(firstName)).replace(u"%1"_s, firstName);
}

} // namespace akten::demo
