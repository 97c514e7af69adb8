// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The word lists behind the writing assistant. Sources: the municipality's guideline (4.4 "Att tänka på vid
// dokumentation i social journal": respectful, neutral words; no abbreviations; "jag", not "u.t."/"undertecknad";
// never name other residents) and the words Swedish care journals commonly get wrong.
#include "app/core/writingrules.h"

using namespace Qt::StringLiterals;

namespace akten::core::writing {
namespace {

struct Abbrev
{
    const char16_t *forms; ///< expandForms() pattern; a trailing dot marks "a following dot belongs to it"
    const char16_t *expansion;
    WordContext context = WordContext::Any;
};

// Plain (undotted) abbreviations staff write in care journals, with what to write instead.
constexpr Abbrev kAbbreviations[] = {
    { u"ssk sjuksk", u"sjuksköterska" },
    { u"usk", u"undersköterska" },
    { u"dsk", u"distriktssköterska" },
    { u"vbtr", u"vårdbiträde" },
    { u"stödass", u"stödassistent" },
    { u"at", u"arbetsterapeut" },
    { u"ft", u"fysioterapeut" },
    { u"sg", u"sjukgymnast" },
    { u"läk", u"läkare" },
    { u"anh", u"anhörig" },
    { u"pat", u"patient" },
    { u"handl", u"handläggare" },
    { u"ec", u"enhetschef" },
    { u"mas", u"medicinskt ansvarig sjuksköterska" },
    { u"sas", u"socialt ansvarig samordnare" },
    { u"gp", u"genomförandeplan" },
    { u"adl", u"aktiviteter i dagliga livet" },
    { u"bpsd", u"" }, // a label for behaviour: describe what happened instead
    { u"säbo", u"särskilt boende" },
    { u"vb", u"vid behov" },
    { u"ivo", u"Inspektionen för vård och omsorg" },
    { u"fk", u"Försäkringskassan" },
    { u"lgh", u"lägenhet" },
    { u"avd", u"avdelning" },
    { u"tel tfn", u"telefon" },
    { u"nr", u"nummer" },
    { u"pnr", u"personnummer" },
    { u"obs", u"observera" },
    { u"ev. evt", u"eventuellt" },
    { u"pga", u"på grund av" },
    { u"dvs", u"det vill säga" },
    { u"osv etc.", u"och så vidare" },
    { u"mm", u"med mera", WordContext::NotAfterNumber },
    { u"mfl", u"med flera" },
    { u"bla", u"bland annat" },
    { u"tex", u"till exempel" },
    { u"ca", u"cirka" },
    { u"kl.", u"klockan" },
    { u"enl.", u"enligt" },
    { u"ang.", u"angående" },
    { u"betr.", u"beträffande" },
    { u"resp.", u"respektive" },
    { u"inkl.", u"inklusive" },
    { u"exkl.", u"exklusive" },
    { u"fom", u"från och med" },
    { u"mht", u"med hänsyn till" },
    { u"iom", u"i och med" },
    { u"mkt", u"mycket" },
    { u"ngt", u"något" },
    { u"ngn", u"någon" },
    { u"ngr", u"några" },
    { u"dagl.", u"dagligen" },
    { u"jmf", u"jämför" },
    { u"dyl.", u"liknande" },
    { u"st.", u"stycken", WordContext::AfterNumber },
    { u"ggr gg", u"gånger" },
    { u"fm", u"förmiddag" },
    { u"em", u"eftermiddag" },
    { u"sk", u"så kallad" },
    { u"tis", u"tisdag" },
    { u"ons", u"onsdag" },
    { u"tors", u"torsdag" },
    { u"fre", u"fredag" },
    { u"lör", u"lördag" },
    { u"sön", u"söndag" },
};

// Dotted forms, keyed without spaces and without the final dot ("t. ex." and "t.ex." are both "t.ex").
constexpr std::pair<const char16_t *, const char16_t *> kDotted[] = {
    { u"t.ex", u"till exempel" },
    { u"bl.a", u"bland annat" },
    { u"p.g.a", u"på grund av" },
    { u"d.v.s", u"det vill säga" },
    { u"o.s.v", u"och så vidare" },
    { u"m.m", u"med mera" },
    { u"m.fl", u"med flera" },
    { u"fr.o.m", u"från och med" },
    { u"t.o.m", u"till och med" },
    { u"f.d", u"före detta" },
    { u"s.k", u"så kallad" },
    { u"o.d", u"och liknande" },
    { u"e.d", u"eller liknande" },
    { u"m.h.t", u"med hänsyn till" },
    { u"i.o.m", u"i och med" },
    { u"f.m", u"förmiddag" },
    { u"e.m", u"eftermiddag" },
    { u"c:a", u"cirka" },
    { u"v.g", u"var god" },
    { u"f.ö", u"för övrigt" },
    { u"t.v", u"tills vidare" },
};

// All-caps words that are not flagged: everyday words everyone reads (TV, SMS, shop names), and the laws' and the
// national method's names (SoL, LSS, HSL, IBIC, ICF): they are names, the resident meets them in their own decision
// and plan, and writing them out ("lagen om stöd och service till vissa funktionshindrade") is not clearer.
constexpr const char16_t *kAllowedCapitals[] = { u"TV", u"DVD", u"CD", u"SMS", u"PIN", u"ICA", u"COOP", u"IKEA", u"SJ",
    u"SVT", u"SR", u"USB", u"WC", u"OK", u"VM", u"EM", u"OS", u"SL", u"SOS", u"AB", u"LSS", u"SOL", u"HSL", u"IBIC",
    u"ICF", u"FM", u"USA", u"EU", u"FN", u"SM" };

struct Judging
{
    const char16_t *forms;
    const char16_t *replacements; ///< parallel to forms, or one for all, or empty
    const char16_t *advice;
    WordContext context = WordContext::Any;
};

constexpr auto kDescribe = u"Beskriv vad som hände: vad personen gjorde och sade.";
constexpr auto kNoGrade = u"Beskriv vad personen gjorde, utan att sätta betyg.";

// Judging or degrading words (the guideline: neutral words, not "värderande, nedsättande och kränkande"), every
// form by stem and endings, with a replacement where one fits as it stands.
constexpr Judging kJudging[] = {
    { u"aggressiv(|t|a|are|ast|aste) utåtagerande utagerande hotfull(|t|a) våldsam(|t|ma)", u"", kDescribe },
    { u"besvärlig(|t|a|are|ast|aste) bråkig(|t|a) jobbig(|t|a|are|ast) krånglig(|t|a) stökig(|t|a)", u"",
        u"Beskriv vad som hände i stället för att värdera personen." },
    { u"tjurig(|t|a) grinig(|t|a) gnällig(|t|a) kinkig(|t|a) trotsig(|t|a) envis(|t|a) tjatig(|t|a)", u"",
        u"Beskriv vad personen sade eller gjorde, utan att värdera det." },
    { u"elak(|t|a) otrevlig(|t|a) oförskämd(|a) oförskämt fräck(|t|a) ohyfsad(|e) ohyfsat ouppfostrad(|e) "
      u"ouppfostrat",
        u"", kDescribe },
    { u"lat(|a) slarvig(|t|a) snuskig(|t|a) äcklig(|t|a) ofräsch(|t|a)", u"",
        u"Beskriv vad personen gjorde eller avböjde, utan att värdera det." },
    { u"hysterisk(|t|a) manipulativ(|t|a) manipulera(r|de|t) tokig(|t|a) galen galet galna knäpp(|t|a) dum(|t|ma) "
      u"korkad(|e) korkat",
        u"", kDescribe },
    { u"vägra vägrar vägrade vägrat vägran", u"avböja avböjer avböjde avböjt",
        u"Skriv att personen avböjde eller sade nej, och varför om det är känt." },
    { u"gnälla gnäller gnällde gnällt tjata tjatar tjatade tjatat", u"",
        u"Skriv vad personen sade eller bad om, och hur ofta." },
    { u"ljuga ljuger ljög ljugit lögnare", u"", u"Skriv vad personen sade och vad som inte stämmer enligt vem." },
    { u"kräsen kräset kräsna", u"", u"Skriv vad personen inte ville äta." },
    { u"sur(|a)", u"", u"Beskriv vad personen sade eller gjorde, utan att värdera det.", WordContext::PersonSubject },
    { u"duktig(|t|a|are|ast) snäll(|t|a|are)", u"", kNoGrade },
    { u"dement(|a) senil(|t|a)", u"",
        u"Skriv \"har en demenssjukdom\", eller beskriv vad personen behöver hjälp med." },
    { u"utvecklingsstörd(|a) förståndshandikappad(|e) handikappad(|e)", u"",
        u"Skriv \"har en funktionsnedsättning\", eller beskriv vad personen behöver stöd med." },
    { u"blöja blöjan blöjor blöjorna blöjbyte blöjbytet blöjbyten",
        u"inkontinensskydd inkontinensskyddet inkontinensskydd inkontinensskydden byte_av_inkontinensskydd "
        u"bytet_av_inkontinensskydd byten_av_inkontinensskydd",
        u"Skriv inkontinensskydd: vuxna har inte blöjor." },
    { u"haklapp(|en|ar|arna)", u"förkläde förklädet förkläden förklädena", u"Skriv förkläde eller skyddsservett." },
    { u"matning(|en)", u"hjälp_att_äta hjälpen_att_äta", u"Skriv att du hjälpte personen att äta." },
    { u"mata matar matade matat", u"", u"Skriv att du hjälpte personen att äta.", WordContext::PersonAfter },
    { u"gubbe(|n) gubbar(|na) gumma(|n) gummor(|na)", u"", u"Skriv personens namn, eller han eller hon." },
    { u"stackars", u"", u"Beskriv situationen utan att tycka synd om personen." },
    { u"rymde rymt rymma rymning(|en) rymmare", u"gick_ut_på_egen_hand gått_ut_på_egen_hand gå_ut_på_egen_hand",
        u"Skriv att personen gick ut på egen hand, och vart om det är känt." },
    { u"bajs bajsa(|r|de|t) kiss kissa(|r|de|t)",
        u"avföring ha_avföring har_avföring hade_avföring haft_avföring urin urinera urinerar urinerade urinerat",
        u"Skriv avföring eller urin: vuxna ord, inte barnspråk." },
    { u"alkis fyllo(|t) pundare(|n) knarkare(|n) missbrukare(|n) psykfall(|et)", u"",
        u"Beskriv vad som hände, utan att sätta en etikett på personen." },
};

// Names that are also common Swedish words: flagged only where a name can stand, capitalised and not first in a
// sentence ("Hans rum var städat" is about someone's room, not about Hans).
constexpr const char16_t *kAmbiguousNames[] = { u"hans", u"per", u"bo", u"dag", u"maj", u"sol", u"stig", u"björn",
    u"rut", u"ros", u"sten", u"tor", u"ask", u"inga", u"saga", u"axel", u"liv", u"bror", u"vilja", u"iris", u"lo",
    u"berg", u"lund", u"holm", u"strand", u"ström", u"sjö", u"björk", u"ek", u"lind", u"falk", u"nord", u"rask",
    u"fors", u"malm", u"frid", u"ring", u"vik", u"wik", u"sand", u"dal", u"hall", u"hed", u"blom", u"lilja", u"svan",
    u"örn", u"glad", u"stark", u"ljung", u"mark", u"bäck", u"alm", u"asp", u"gran", u"hägg", u"lönn", u"måne" };

// A first name right after a title or a relation is a professional ("förnamn och titel", as the guideline asks) or
// a relative, not another resident.
constexpr const char16_t *kTitlesAndRelations[] = { u"sjuksköterska(|n)", u"undersköterska(|n)", u"arbetsterapeut(|en)",
    u"fysioterapeut(|en)", u"sjukgymnast(|en)", u"läkare(|n)", u"doktor(|n)", u"handläggare(|n)",
    u"biståndshandläggare(|n)", u"enhetschef(|en)", u"kontaktperson(|en)", u"kontaktman(|nen)", u"stödassistent(|en)",
    u"stödpedagog(|en)", u"vårdbiträde(|t)", u"kollega(|n)", u"kollegan", u"tandläkare(|n)", u"dietist(|en)",
    u"kurator(|n)", u"präst(|en)", u"diakon(|en)", u"frisör(|en)", u"fotvårdare(|n)", u"tolk(|en)", u"förvaltare(|n)",
    u"samordnare(|n)", u"dotter dottern", u"son(|en)", u"make(|n)", u"maka(|n)", u"hustru(|n)", u"fru(|n)",
    u"man mannen", u"sambo(|n)", u"barnbarn(|et)", u"syster(|n)", u"bror brodern", u"vän(|nen)", u"väninna(|n)",
    u"granne(|n)", u"kusin(|en)", u"svärdotter svärdottern", u"svärson(|en)", u"mamma(|n)", u"pappa(|n)", u"mormor",
    u"morfar", u"farmor", u"farfar", u"moster", u"morbror", u"faster", u"farbror", u"brorson(|en)", u"systerson(|en)",
    u"brorsdotter brorsdottern", u"systerdotter systerdottern", u"vårdnadshavare(|n)", u"god", u"gode" };

// Times and situations: "en jobbig kväll", "en stökig morgon" say how a time was, not what a person is.
constexpr auto kOccasions = u"kväll(|en) dag(|en) natt(|en) morgon morgonen förmiddag(|en) eftermiddag(|en) "
                            u"stund(|en) period(|en) situation(|en) vecka(|n) helg(|en) tid(|en) start(|en) läge(|t) "
                            u"händelse(|n) resa(|n) början";

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/** A dot ends a sentence unless a lower-case word or a digit follows ("t.ex. att", "kl. 14", "14.30"). */
bool endsSentence(const QString &text, qsizetype dot)
{
    qsizetype i = dot + 1;
    while (i < text.size() && text.at(i) == u' ') {
        ++i;
    }
    return i >= text.size() || !(text.at(i).isLower() || text.at(i).isDigit());
}

} // namespace

QStringList expandForms(const QString &pattern)
{
    QStringList forms;
    for (const QString &word : pattern.split(u' ', Qt::SkipEmptyParts)) {
        const qsizetype open = word.indexOf(u'(');
        if (open < 0) {
            forms << QString(word).replace(u'_', u' ');
            continue;
        }
        const QString stem = word.left(open);
        const QString endings = word.mid(open + 1, word.size() - open - 2);
        for (const QString &ending : endings.split(u'|')) {
            forms << QString(stem + ending).replace(u'_', u' ');
        }
    }
    return forms;
}

const RuleData &ruleData()
{
    static const RuleData data = [] {
        RuleData d;
        for (const Abbrev &a : kAbbreviations) {
            for (QString form : expandForms(QString::fromUtf16(a.forms))) {
                const bool takesDot = form.endsWith(u'.');
                if (takesDot) {
                    form.chop(1);
                }
                const QString expansion = QString::fromUtf16(a.expansion);
                d.abbreviations.insert(form,
                    { expansion,
                        expansion.isEmpty() ? u"Beskriv vad som hände i stället för förkortningen."_s
                                            : u"Skriv ut: %1."_s.arg(expansion),
                        a.context, takesDot });
            }
        }
        for (const auto &[form, expansion] : kDotted) {
            d.dottedAbbreviations.insert(QString::fromUtf16(form), QString::fromUtf16(expansion));
        }
        for (const char16_t *word : kAllowedCapitals) {
            d.allowedCapitals.insert(QString::fromUtf16(word));
        }
        const QString jag = u"jag"_s;
        for (const QString &form : { u"undertecknad"_s, u"undertecknade"_s, u"skribenten"_s }) {
            d.undersigned.insert(form, { jag, u"Skriv jag."_s });
        }
        d.undersigned.insert(u"undertecknads"_s, { u"min"_s, u"Skriv min, mitt eller mina."_s });
        for (const Judging &j : kJudging) {
            const QStringList forms = expandForms(QString::fromUtf16(j.forms));
            const QStringList replacements = expandForms(QString::fromUtf16(j.replacements));
            for (qsizetype i = 0; i < forms.size(); ++i) {
                const QString replacement
                    = replacements.size() == 1 ? replacements.constFirst() : replacements.value(i);
                d.judgingWords.insert(forms.at(i), { replacement, QString::fromUtf16(j.advice), j.context });
            }
        }
        for (const char16_t *name : kAmbiguousNames) {
            d.ambiguousNames.insert(QString::fromUtf16(name));
        }
        for (const char16_t *pattern : kTitlesAndRelations) {
            for (const QString &form : expandForms(QString::fromUtf16(pattern))) {
                d.titlesAndRelations.insert(form);
            }
        }
        for (const QString &form : expandForms(QString::fromUtf16(kOccasions))) {
            d.occasions.insert(form);
        }
        return d;
    }();
    return data;
}

QList<Token> tokenize(const QString &text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 5);
    int sentence = 0;
    bool atSentenceStart = true;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (!isWordChar(c)) {
            if (c == u'!' || c == u'?' || c == u'\n' || (c == u'.' && endsSentence(text, i))) {
                ++sentence;
                atSentenceStart = true;
            }
            ++i;
            continue;
        }
        Token t;
        t.start = i;
        const bool number = c.isDigit();
        while (i < n) {
            const QChar d = text.at(i);
            if (number ? d.isDigit()
                       : (d.isLetter() || (d == u'-' && i + 1 < n && text.at(i + 1).isLetter() && i > t.start))) {
                ++i;
            } else {
                break;
            }
        }
        if (i == t.start) {
            ++i; // a number that is not a digit ("²"): not a word
            continue;
        }
        t.end = i;
        const QString word = text.mid(t.start, t.end - t.start);
        t.lower = word.toLower();
        t.number = number;
        t.sentence = sentence;
        t.sentenceStart = atSentenceStart;
        t.upperInitial = word.at(0).isUpper();
        t.allUpper = !number && word == word.toUpper() && word != t.lower;
        atSentenceStart = false;
        tokens.append(std::move(t));
    }
    return tokens;
}

} // namespace akten::core::writing
