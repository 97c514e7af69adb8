// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demoplans.h"

namespace akten::demo {
namespace {
using core::ProblemGrade;
using core::WorkingMode;
QTime t(int h, int m = 0)
{
    return QTime(h, m);
}
} // namespace

const QList<NeedTemplate> &elderlyNeeds()
{
    static const QList<NeedTemplate> needs {
        { 5, u"d510", ProblemGrade::Moderate,
            u"%1 tvättar ansikte och händer själv när handfat och handduk står framme.",
            u"Att få stöd med att duscha så att %1 känner sig ren och fräsch.",
            { { u"Morgonhygien vid handfatet",
                u"Personalen ställer fram tvättlapp och tvål. %1 tvättar ansikte och armar "
                u"själv, personalen hjälper till med rygg och fötter.",
                u"Varje morgon efter uppvaknandet", { t(7, 30) },
                u"Omvårdnadspersonal. %1 önskar kvinnlig personal; om det inte går frågar vi %1 först.",
                WorkingMode::Supporting } } },
        { 5, u"d540", ProblemGrade::Mild, u"%1 väljer själv kläder och klarar knappar med lite tid.",
            u"Att genom stöttning kunna välja och ta på sig kläder själv.",
            { { u"Stöd vid påklädning",
                u"Personalen lägger fram två alternativ. %1 väljer och klär sig själv, personalen "
                u"hjälper till med strumpor och skor.",
                u"Morgon", { t(8, 0) }, u"Omvårdnadspersonal", WorkingMode::Supporting } } },
        { 5, u"d550", ProblemGrade::Moderate, u"%1 äter själv med förhöjd tallrikskant.",
            u"Att få stöd vid måltiderna så att %1 äter i lugn takt och får i sig tillräckligt.",
            { { u"Stöd vid måltiden", u"Personalen sitter med vid bordet, skär maten och påminner om att dricka.",
                u"Lunch och middag i matsalen", { t(12, 0), t(17, 0) }, u"Omvårdnadspersonal",
                WorkingMode::Compensating } } },
        { 4, u"d450", ProblemGrade::Moderate, u"%1 går med rollator inomhus korta sträckor.",
            u"Att upprätthålla förmågan att gå med rollator inomhus.",
            { { u"Promenad i korridoren", u"Personalen går bredvid. %1 bestämmer takten och hur långt.",
                u"Eftermiddag, efter vilan", { t(14, 30) }, u"Omvårdnadspersonal, gärna kontaktmannen",
                WorkingMode::Supporting } } },
        { 10, u"b1528A", ProblemGrade::Moderate, u"%1 vet att larmet finns och använder det ibland.",
            u"Att känna trygghet genom att personalen tittar till %1 på natten.",
            { { u"Tillsyn natt",
                u"Personalen öppnar dörren tyst och lyssnar. Om %1 är vaken erbjuds något att dricka "
                u"och en pratstund.",
                u"Två gånger per natt", { t(23, 0), t(3, 0) }, u"Nattpersonal", WorkingMode::Compensating } } },
        { 5, u"d530", ProblemGrade::Severe, u"%1 säger till när hen behöver gå på toaletten under dagen.",
            u"Att få stöd vid toalettbesök så att %1 sover ostört.",
            { { u"Toalettbesök före natten", u"Personalen följer med och hjälper till med kläder och handhygien.",
                  u"Kvällen före sänggående", { t(21, 30) }, u"Kvällspersonal", WorkingMode::Compensating },
                { u"Stöd vid toalettbesök under dagen",
                    u"Personalen följer med när %1 säger till och väntar utanför dörren tills %1 ropar.",
                    u"Vid behov, när %1 säger till", {}, u"Omvårdnadspersonal", WorkingMode::Compensating, false, {},
                    true } } },
        { 5, u"d570", ProblemGrade::Moderate, u"%1 vet vilka läkemedel hen tar och frågar om något är nytt.",
            u"Att få sina läkemedel i rätt tid.",
            { { u"Överlämnande av läkemedel (delegerad hälso- och sjukvård)", u"Enligt delegering från sjuksköterskan.",
                u"Morgon och kväll", { t(8, 30), t(20, 0) }, u"Personal med delegering", WorkingMode::Compensating,
                true } } },
        { 9, u"d920", ProblemGrade::Mild, u"%1 tycker om att sjunga och kan många visor.",
            u"Att kunna delta i sångstunden på onsdagar.",
            { { u"Följa med till sångstunden", u"Personalen påminner efter lunch och följer med till dagrummet.",
                u"Onsdagar klockan 14", { t(14, 0) }, u"Omvårdnadspersonal", WorkingMode::Supporting, false,
                { 3 } } } },
        { 7, u"d760", ProblemGrade::Mild, u"%1 pratar gärna om familjen och minns telefonnumren.",
            u"Att upprätthålla kontakten med sin dotter genom videosamtal.",
            { { u"Videosamtal med dottern", u"Personalen startar surfplattan och lämnar rummet när samtalet börjat.",
                u"Söndagar efter middagen", { t(18, 30) }, u"Kontaktmannen", WorkingMode::Compensating, false,
                { 7 } } } },
    };
    return needs;
}

const QList<NeedTemplate> &lssAdultNeeds()
{
    static const QList<NeedTemplate> needs {
        { 2, u"d230", ProblemGrade::Moderate, u"%1 följer bildschemat när det sitter på kylskåpet.",
            u"Att genom bildschema kunna genomföra sin morgonrutin själv.",
            { { u"Morgonrutin med bildschema",
                u"Personalen visar på schemat och väntar. %1 gör varje steg själv och får "
                u"bekräftelse.",
                u"Vardagar före daglig verksamhet", { t(7, 0) }, u"Stödassistent", WorkingMode::Supporting, false,
                { 1, 2, 3, 4, 5 } } } },
        { 6, u"d630", ProblemGrade::Moderate, u"%1 skalar potatis och dukar själv.",
            u"Att genom stöttning kunna laga en enkel middag själv.",
            { { u"Matlagning med stöd", u"%1 väljer recept med bilder. Personalen hjälper till med spisen och kniven.",
                u"Måndag, onsdag och fredag", { t(16, 30) }, u"Stödassistent eller stödpedagog",
                WorkingMode::Supporting, false, { 1, 3, 5 } } } },
        { 6, u"d620", ProblemGrade::Mild, u"%1 hittar i närbutiken och känner igen varorna.",
            u"Att kunna handla själv i närbutiken med inköpslista.",
            { { u"Handla i närbutiken", u"Personalen hjälper till att skriva listan med bilder och väntar utanför.",
                u"Torsdagar", { t(15, 0) }, u"Stödassistent", WorkingMode::Supporting, false, { 4 } } } },
        { 8, u"d860", ProblemGrade::Moderate, u"%1 känner igen mynt och sedlar.", u"Att kunna betala själv i kassan.",
            { { u"Öva betalning", u"%1 betalar själv, personalen räknar växeln tillsammans med %1 efteråt.",
                u"Vid varje inköp", {}, u"Stödassistent", WorkingMode::Supporting, false, {}, true } } },
        { 2, u"d298A", ProblemGrade::Moderate, u"%1 säger ifrån när det blir för mycket ljud.",
            u"Att känna trygghet genom att veta vad som ska hända under dagen.",
            { { u"Gå igenom dagen", u"Personalen går igenom dagens aktiviteter med bilder vid frukosten.",
                u"Varje morgon vid frukost", { t(7, 45) }, u"Stödpedagog", WorkingMode::Supporting } } },
        { 7, u"d750", ProblemGrade::Mild, u"%1 tycker om att träffa vänner på fritidsgården.",
            u"Att kunna delta i fritidsgårdens kvällar.",
            { { u"Följa med till fritidsgården", u"Personalen följer med dit och hämtar vid överenskommen tid.",
                u"Tisdagskvällar", { t(18, 30) }, u"Stödassistent", WorkingMode::Compensating, false, { 2 } } } },
    };
    return needs;
}

const QList<NeedTemplate> &lssChildNeeds()
{
    static const QList<NeedTemplate> needs {
        { 2, u"d230", ProblemGrade::Moderate, u"%1 klär på sig själv när kläderna ligger framme.",
            u"Att genom stöttning kunna bli klar till skolan i tid.",
            { { u"Morgonrutin före skolan", u"Personalen väcker %1 och visar tidshjälpmedlet. %1 gör stegen själv.",
                u"Skoldagar", { t(6, 45) }, u"Stödassistent", WorkingMode::Supporting, false, { 1, 2, 3, 4, 5 } } } },
        { 1, u"d155", ProblemGrade::Mild, u"%1 är nyfiken och vill lära sig cykla.",
            u"Att få lära sig cykla på gården.",
            { { u"Cykelträning", u"Personalen springer bredvid och håller i pakethållaren så länge %1 vill.",
                u"Lördagar", { t(10, 0) }, u"Stödpedagog", WorkingMode::Supporting, false, { 6 } } } },
        { 3, u"d360", ProblemGrade::Moderate, u"%1 använder bildstöd och några tecken.",
            u"Att kunna berätta om sin dag med hjälp av bildstöd.",
            { { u"Samtal om dagen", u"Personalen tar fram bildkartan vid mellanmålet och låter %1 välja bilder.",
                u"Efter skolan", { t(15, 30) }, u"Stödassistent", WorkingMode::Supporting } } },
        { 7, u"d760", ProblemGrade::Mild, u"%1 längtar efter helgerna hemma.",
            u"Att upprätthålla kontakten med familjen mellan helgerna.",
            { { u"Telefonsamtal hem", u"Personalen hjälper till att ringa och finns nära under samtalet.",
                u"Onsdagar och söndagar", { t(19, 0) }, u"Stödassistent", WorkingMode::Compensating, false,
                { 3, 7 } } } },
    };
    return needs;
}

} // namespace akten::demo
