// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// "Bedömning utan avsändare". The guideline (4.4): "Det ska framgå vad som är faktiska omständigheter och vad som är
// bedömningar samt vem som gjort en viss bedömning eller lämnat fakta." A care worker's interpretation of someone's
// inner state written as a fact ("Hon var orolig", "Gösta mår dåligt", "Han verkar deprimerad") reads as a finding
// when it is someone's impression. The rule is kept narrow on purpose, because a mark that is often wrong teaches
// staff to ignore all marks:
//  - only a curated list of interpretive states (mood, anxiety, confusion, anger, feeling lonely): moods such as
//    "glad", "nöjd", "lugn" and physical facts ("trött", "sov") are left alone; they rarely mislead, and flagging
//    them would bury the marks that matter;
//  - only in a statement: a copula (är, var, blev, verkar, tycks, föreföll), "ser/såg … ut", "känner sig", "mår"
//    (dåligt, sämre, inte bra) or "har" (ångest, hallucinationer), with at most three fillers ("mycket", "inte",
//    "i natt") and an inverted subject ("I natt var hon orolig") in between; "en orolig natt" is no statement;
//  - not when the sentence says whose it is: an assessment or speech verb (bedömer, uppfattade, upplever, enligt,
//    säger, berättade, uppgav, tycker …), "såg/hörde att", a quotation, or the writer's own state ("Jag var orolig").
// Whose assessment a sentence gives in an earlier sentence is not followed; the advice then is one tap away.
#include "app/core/writingrules.h"

using namespace Qt::StringLiterals;

namespace akten::core::writing {
namespace {

enum class Verb { None, Copula, Looks, Feels, Fares, Has };

struct AssessmentWords
{
    QHash<QString, Verb> verbs;
    QSet<QString> states;
    QSet<QString> feelingOnly;
    QSet<QString> badlyFaring;
    QSet<QString> wellFaring;
    QSet<QString> hasStates;
    QSet<QString> fillers;
    QSet<QString> subjects;
    QSet<QString> ownSubjects;
    QSet<QString> attribution;
    QSet<QString> perception;
};

QSet<QString> setOf(const char16_t *pattern)
{
    const QStringList forms = expandForms(QString::fromUtf16(pattern));
    return QSet<QString>(forms.cbegin(), forms.cend());
}

const AssessmentWords &words()
{
    static const AssessmentWords w = [] {
        AssessmentWords a;
        const std::pair<const char16_t *, Verb> verbs[] = {
            { u"är var blev blir varit blivit verkar verkade verkat tycks tycktes föreföll förefaller", Verb::Copula },
            { u"ser såg sett", Verb::Looks },
            { u"känner kände känt känna", Verb::Feels },
            { u"mår mådde mått må", Verb::Fares },
            { u"har hade haft", Verb::Has },
        };
        for (const auto &[pattern, verb] : verbs) {
            for (const QString &form : expandForms(QString::fromUtf16(pattern))) {
                a.verbs.insert(form, verb);
            }
        }
        a.states = setOf(u"deprimera(d|t|de) nedstämd nedstämt nedstämda ledsen ledset ledsna orolig(|t|a|are) "
                         u"ängslig(|t|a) rädd(|a) ångestfylld ångestfyllt ångestfyllda ångestladdad ångestladdat "
                         u"ångestladdade förvirra(d|t|de) desorientera(d|t|de) arg(|t|a|are) ilsken ilsket ilskna "
                         u"irritera(d|t|de) upprörd upprört upprörda frustrera(d|t|de) misstänksam(|t|ma) "
                         u"paranoid(|t|a) psykotisk(|t|a) apatisk(|t|a) likgiltig(|t|a) otrygg(|t|a) "
                         u"uttråka(d|t|de) deppig(|t|a) olycklig(|t|a) missnöjd missnöjt missnöjda stressa(d|t|de) "
                         u"rastlös(|t|a) nervös(|t|a) håglös(|t|a) uppgiven uppgivet uppgivna förtvivla(d|t|de) "
                         u"besviken besviket besvikna sårad sårat sårade oroad oroat oroade");
        a.feelingOnly = setOf(u"ensam(|t|ma) övergiven övergivet övergivna värdelös(|t|a) nere bortglömd bortglömt "
                              u"bortglömda dålig(|t|a) utanför");
        a.badlyFaring = setOf(u"dåligt sämre");
        a.wellFaring = setOf(u"bra väl");
        a.hasStates = setOf(u"ångest panikångest dödsångest hallucinationer vanföreställningar depression "
                            u"hemlängtan");
        a.fillers = setOf(u"mycket väldigt jätte lite något ganska rätt fortfarande också även åter återigen tydligt "
                          u"tydligen helt så extra lätt alltmer allt mer mest inte ej mindre nog ju då nu plötsligt "
                          u"i dag natt kväll morse eftermiddag förmiddag hela tiden dagen kvällen natten under en "
                          u"stund svår stark kraftig tidvis ibland ofta alltid aldrig psykiskt");
        a.subjects = setOf(u"han hon hen de");
        a.ownSubjects = setOf(u"jag vi det man");
        a.attribution = setOf(u"bedömer bedömde bedömt bedömning(|en) uppfattar uppfattade uppfattat upplever "
                              u"upplevde upplevt upplevelse tolkar tolkade tolkat enligt säger sade sa sagt berättar "
                              u"berättade berättat uppger uppgav uppgett uppgivit beskriver beskrev beskrivit "
                              u"uttrycker uttryckte uttryckt menar menade anser ansåg tycker tyckte tror trodde "
                              u"svarar svarade förklarar förklarade meddelar meddelade rapporterar rapporterade "
                              u"nämner nämnde noterar noterade observerar observerade märker märkte bekräftar "
                              u"bekräftade skriver skrev");
        a.perception = setOf(u"ser såg hör hörde ropar ropade skriker skrek"); // only with "att" after
        return a;
    }();
    return w;
}

bool isQuote(QChar c)
{
    return c == u'"' || c == u'\u201D' || c == u'\u201C' || c == u'\u00BB' || c == u'\u00AB';
}

} // namespace

QList<std::pair<int, int>> findUnattributedAssessments(const QString &text, const QList<Token> &tokens)
{
    const AssessmentWords &w = words();
    QList<std::pair<int, int>> found;
    const int n = int(tokens.size());
    QHash<int, bool> attributedSentence; // filled lazily: most sentences have no candidate
    const auto attributed = [&](int sentence, int from) {
        if (const auto it = attributedSentence.constFind(sentence); it != attributedSentence.cend()) {
            return *it;
        }
        int first = from;
        while (first > 0 && tokens.at(first - 1).sentence == sentence) {
            --first;
        }
        bool yes = false;
        int last = first;
        for (int k = first; k < n && tokens.at(k).sentence == sentence; ++k) {
            const QString &word = tokens.at(k).lower;
            yes = yes || w.attribution.contains(word)
                || (w.perception.contains(word) && k + 1 < n && tokens.at(k + 1).lower == "att"_L1);
            last = k;
        }
        for (qsizetype c = tokens.at(first).start; !yes && c < tokens.at(last).end; ++c) {
            yes = isQuote(text.at(c));
        }
        attributedSentence.insert(sentence, yes);
        return yes;
    };

    for (int i = 0; i < n; ++i) {
        const Token &verbToken = tokens.at(i);
        const Verb verb = w.verbs.value(verbToken.lower, Verb::None);
        if (verb == Verb::None) {
            continue;
        }
        const int sentence = verbToken.sentence;
        const auto inSentence = [&](int k) { return k < n && tokens.at(k).sentence == sentence; };
        if (i > 0 && tokens.at(i - 1).sentence == sentence && w.ownSubjects.contains(tokens.at(i - 1).lower)) {
            continue; // "Jag var orolig för …": the writer's own, attributed by the first person
        }
        int j = i + 1;
        bool reflexive = false; // "känner sig"
        if (inSentence(j) && verb == Verb::Feels && tokens.at(j).lower == "sig"_L1) {
            ++j;
            reflexive = true;
        }
        if (inSentence(j)) {
            const Token &subject = tokens.at(j);
            if (w.ownSubjects.contains(subject.lower)) {
                continue;
            }
            if (w.subjects.contains(subject.lower) || (subject.upperInitial && !subject.sentenceStart)) {
                ++j; // inverted word order: "I natt var hon orolig", "Efter besöket blev Gösta ledsen"
            }
        }
        if (inSentence(j) && verb == Verb::Feels && !reflexive && tokens.at(j).lower == "sig"_L1) {
            ++j; // "kände hon sig ensam"
            reflexive = true;
        }
        bool negated = false;
        for (int skipped = 0; skipped < 3 && inSentence(j) && w.fillers.contains(tokens.at(j).lower); ++skipped) {
            negated = negated || tokens.at(j).lower == "inte"_L1 || tokens.at(j).lower == "ej"_L1;
            ++j;
        }
        if (!inSentence(j)) {
            continue;
        }
        const QString &state = tokens.at(j).lower;
        int last = j;
        bool matched = false;
        switch (verb) {
        case Verb::Copula:
            matched = w.states.contains(state);
            if (!matched && state == u"på"_s && inSentence(j + 2) && tokens.at(j + 2).lower == u"humör"_s) {
                matched = w.badlyFaring.contains(tokens.at(j + 1).lower) || tokens.at(j + 1).lower == "uselt"_L1;
                last = j + 2; // "var på dåligt humör"
            }
            break;
        case Verb::Looks:
            matched = w.states.contains(state) && inSentence(j + 1) && tokens.at(j + 1).lower == "ut"_L1;
            last = j + 1;
            break;
        case Verb::Feels:
            matched = reflexive && (w.states.contains(state) || w.feelingOnly.contains(state));
            break;
        case Verb::Fares:
            matched = w.badlyFaring.contains(state) || (negated && w.wellFaring.contains(state));
            break;
        case Verb::Has:
            matched = w.hasStates.contains(state);
            break;
        case Verb::None:
            break;
        }
        if (matched && !attributed(sentence, i)) {
            found.append({ i, last });
            i = last;
        }
    }
    return found;
}

} // namespace akten::core::writing
