// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/writingassistant.h"

#include "app/core/masterdata.h"
#include "app/core/writingrules.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::core {

using writing::Token;
using writing::WordAdvice;
using writing::WordContext;

namespace {

struct RuleText
{
    WritingRule rule;
    int priority; ///< where two findings overlap, the lower wins: the more specific and the more sensitive
    const char16_t *code;
    const char16_t *labelSv;
    const char16_t *reasonSv; ///< the guideline's why (4.4; 7.1 for the personal number), one plain sentence
};

constexpr RuleText kRules[] = {
    { WritingRule::Abbreviation, 3, u"abbreviation", u"Förkortning",
        u"Alla ska kunna förstå journalen, också den boende, så skriv orden i stället för förkortningar." },
    { WritingRule::Undersigned, 1, u"undersigned", u"Undertecknad",
        u"Riktlinjen säger att du skriver jag, inte u.t. eller undertecknad, när du menar dig själv." },
    { WritingRule::JudgingWord, 4, u"judging_word", u"Värderande ord",
        u"Journalen ska skrivas med respekt, med neutrala ord och utan värderande eller nedsättande ord." },
    { WritingRule::OtherResident, 2, u"other_resident", u"Annan boendes namn",
        u"Andra boende får inte namnges i en boendes journal." },
    { WritingRule::PersonalNumber, 0, u"personal_number", u"Personnummer",
        u"Ett personnummer är en sekretessbelagd uppgift och hör inte hemma i journaltexten." },
    { WritingRule::UnattributedAssessment, 5, u"unattributed_assessment", u"Bedömning utan avsändare",
        u"Det ska framgå vad som är fakta och vad som är bedömningar, och vem som har gjort bedömningen." },
};

const RuleText &textOf(WritingRule rule)
{
    const auto it
        = std::find_if(std::cbegin(kRules), std::cend(kRules), [rule](const RuleText &r) { return r.rule == rule; });
    Q_ASSERT(it != std::cend(kRules));
    return *it;
}

// Dotted abbreviations: letters, dot, letters ("t.ex.", "p.g.a.", "fr.o.m", "T. ex."), and "c:a".
const QRegularExpression &dottedPattern()
{
    static const QRegularExpression re(
        u"(?<![\\p{L}\\p{N}.@/])(?:[cC]:[aA]|\\p{L}{1,4}(?:\\.\\p{L}{1,4}|\\. \\p{Ll}{1,3}(?=\\.))+\\.?)(?![\\p{L}\\p{N}@])"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool startsSentence(const QString &text, qsizetype at)
{
    for (qsizetype i = at - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'.' || c == u'!' || c == u'?') {
            return true;
        }
        if (!c.isSpace() && c != u'"' && c != u'(') {
            return false;
        }
    }
    return true;
}

/** The replacement as it should stand: capitalised where the match began a sentence with a capital. */
QString fitted(const QString &replacement, bool sentenceStart, QChar first)
{
    if (replacement.isEmpty() || !sentenceStart || !first.isUpper()) {
        return replacement;
    }
    return replacement.at(0).toUpper() + replacement.mid(1);
}

WritingFinding finding(WritingRule rule, const QString &text, qsizetype start, qsizetype end, const QString &advice,
    const QString &replacement = {}, bool sentenceStart = false)
{
    WritingFinding f;
    f.rule = rule;
    f.start = start;
    f.end = end;
    f.match = text.mid(start, end - start);
    f.isReplacement = !replacement.isEmpty();
    f.suggestion = f.isReplacement ? fitted(replacement, sentenceStart, text.at(start)) : advice;
    f.reasonSv = QString::fromUtf16(textOf(rule).reasonSv);
    return f;
}

bool isRomanNumeral(const QString &word)
{
    return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return u"IVXLCDM"_s.contains(c); });
}

QString normalisedDotted(const QString &form)
{
    QString key = form.toLower();
    key.remove(u' ');
    while (key.endsWith(u'.')) {
        key.chop(1);
    }
    return key;
}

} // namespace

QString writingRuleCode(WritingRule rule)
{
    return QString::fromUtf16(textOf(rule).code);
}

QString writingRuleLabelSv(WritingRule rule)
{
    return QString::fromUtf16(textOf(rule).labelSv);
}

WritingAssistantConfig writingConfigFor(
    const Resident &resident, const QList<Resident> &unitResidents, const QList<Abbreviation> &extraAbbreviations)
{
    WritingAssistantConfig config;
    config.resident = { resident.firstName, resident.lastName };
    for (const Resident &other : unitResidents) {
        if (other.id != resident.id) {
            config.otherResidents.append({ other.firstName, other.lastName });
        }
    }
    config.extraAbbreviations = extraAbbreviations;
    return config;
}

WritingAssistant::WritingAssistant(const WritingAssistantConfig &config)
{
    for (qsizetype p = 0; p < config.otherResidents.size(); ++p) {
        const PersonName &name = config.otherResidents.at(p);
        for (const QString &word : name.firstName.split(u' ', Qt::SkipEmptyParts)) {
            addName(word, int(p), true, false);
        }
        for (const QString &word : name.lastName.split(u' ', Qt::SkipEmptyParts)) {
            addName(word, int(p), false, false);
        }
    }
    const QString ownName = config.resident.firstName + u' ' + config.resident.lastName;
    for (const QString &word : ownName.split(u' ', Qt::SkipEmptyParts)) {
        addName(word, -1, false, true);
    }
    for (const Abbreviation &a : config.extraAbbreviations) {
        const QString form = a.form.trimmed();
        if (form.contains(u'.') || form.contains(u':')) {
            m_extraDotted.insert(normalisedDotted(form), a.expansion);
        } else if (!form.isEmpty()) {
            m_extraWords.insert(form.toLower(), a.expansion);
        }
    }
}

void WritingAssistant::addName(const QString &word, int person, bool first, bool own)
{
    NameEntry &entry = m_names[word.toLower()];
    if (own) {
        entry.shared = true;
    } else if (first) {
        entry.firstOf.append(person);
    } else {
        entry.lastOf.append(person);
    }
}

QList<WritingFinding> WritingAssistant::check(const QString &text) const
{
    QList<WritingFinding> candidates;
    for (const auto &[start, end] : writing::findPersonalNumbers(text)) {
        candidates.append(finding(
            WritingRule::PersonalNumber, text, start, end, u"Ta bort personnumret: det finns redan i akten."_s));
    }
    findDotted(text, candidates);
    const QList<Token> tokens = writing::tokenize(text);
    if (!m_names.isEmpty()) {
        findNames(text, tokens, candidates);
    }
    findWords(text, tokens, candidates);
    for (const auto &[first, last] : writing::findUnattributedAssessments(text, tokens)) {
        candidates.append(finding(WritingRule::UnattributedAssessment, text, tokens.at(first).start,
            tokens.at(last).end,
            u"Skriv vems bedömning det är (\"jag uppfattade att …\", \"hon säger att …\"), eller beskriv vad du såg "
            u"och hörde."_s));
    }

    // Keep one finding per stretch of text: by priority, then the earlier and longer one.
    std::sort(candidates.begin(), candidates.end(), [](const WritingFinding &a, const WritingFinding &b) {
        return std::tuple(textOf(a.rule).priority, a.start, b.end)
            < std::tuple(textOf(b.rule).priority, b.start, a.end);
    });
    QList<WritingFinding> findings;
    for (WritingFinding &c : candidates) {
        const bool overlaps = std::any_of(findings.cbegin(), findings.cend(),
            [&](const WritingFinding &f) { return c.start < f.end && f.start < c.end; });
        if (!overlaps) {
            findings.append(std::move(c));
        }
    }
    std::sort(findings.begin(), findings.end(),
        [](const WritingFinding &a, const WritingFinding &b) { return a.start < b.start; });
    return findings;
}

void WritingAssistant::findDotted(const QString &text, QList<WritingFinding> &out) const
{
    const auto &dotted = writing::ruleData().dottedAbbreviations;
    QRegularExpressionMatchIterator it = dottedPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString form = m.captured();
        const QString rest = form.mid(1);
        if (rest != rest.toLower() && form != form.toUpper()) {
            continue; // "bra.Jag": a missing space after a full stop, not an abbreviation
        }
        const QString key = normalisedDotted(form);
        const bool sentenceStart = startsSentence(text, m.capturedStart());
        if (key == "u.t"_L1) {
            out.append(finding(WritingRule::Undersigned, text, m.capturedStart(), m.capturedEnd(), u"Skriv jag."_s,
                u"jag"_s, sentenceStart));
            continue;
        }
        const QString expansion = m_extraDotted.value(key, dotted.value(key));
        out.append(finding(WritingRule::Abbreviation, text, m.capturedStart(), m.capturedEnd(),
            expansion.isEmpty() ? u"Skriv ut orden som förkortningen står för."_s : u"Skriv ut: %1."_s.arg(expansion),
            expansion, sentenceStart));
    }
}

void WritingAssistant::findNames(const QString &text, const QList<Token> &tokens, QList<WritingFinding> &out) const
{
    const auto &rules = writing::ruleData();
    const auto lookUp = [&](const Token &t, bool *genitive) -> const NameEntry * {
        if (!t.upperInitial || t.number) {
            return nullptr;
        }
        if (const auto it = m_names.constFind(t.lower); it != m_names.cend()) {
            *genitive = false;
            return &*it;
        }
        if (t.lower.size() > 2 && t.lower.endsWith(u's')) {
            if (const auto it = m_names.constFind(t.lower.chopped(1)); it != m_names.cend()) {
                *genitive = true; // "Göstas rum"
                return &*it;
            }
        }
        return nullptr;
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        bool genitive = false;
        const NameEntry *entry = lookUp(t, &genitive);
        if (!entry) {
            continue;
        }
        if (i > 0 && tokens.at(i - 1).sentence == t.sentence
            && rules.titlesAndRelations.contains(tokens.at(i - 1).lower)) {
            continue; // "sjuksköterskan Maria", "dottern Karin": not a resident
        }
        qsizetype endToken = i;
        if (i + 1 < tokens.size() && !entry->firstOf.isEmpty() && !genitive) {
            const Token &next = tokens.at(i + 1);
            bool nextGenitive = false;
            const NameEntry *last = lookUp(next, &nextGenitive);
            const bool adjacent = text.mid(t.end, next.start - t.end).trimmed().isEmpty();
            if (last && adjacent && std::any_of(entry->firstOf.cbegin(), entry->firstOf.cend(), [&](int p) {
                    return last->lastOf.contains(p);
                })) {
                endToken = i + 1; // the full name, as one finding
                genitive = nextGenitive;
            } else if (!last && adjacent && next.upperInitial && !next.sentenceStart && !next.number) {
                continue; // "Hans Alfredson": someone else's full name
            }
        }
        if (endToken == i) {
            const bool someoneElse = !entry->firstOf.isEmpty() || !entry->lastOf.isEmpty();
            if (entry->shared || !someoneElse || (t.sentenceStart && rules.ambiguousNames.contains(t.lower))) {
                continue; // the note's own resident's name too, or "Hans rum …"
            }
        }
        out.append(finding(WritingRule::OtherResident, text, t.start, tokens.at(endToken).end,
            u"Skriv till exempel \"en annan boende\" eller beskriv utan namn."_s,
            genitive ? u"en annan boendes"_s : u"en annan boende"_s, t.sentenceStart));
        i = endToken;
    }
}

bool WritingAssistant::abbreviationAt(const QString &text, const Token &t, qsizetype start, qsizetype end,
    const Token *previous, QList<WritingFinding> &out) const
{
    const auto &rules = writing::ruleData();
    const QString word = text.mid(start, end - start);
    const QString lower = word.toLower();
    const bool sentenceStart = start == t.start && t.sentenceStart;
    const auto add = [&](const WordAdvice &advice, qsizetype to) {
        out.append(
            finding(WritingRule::Abbreviation, text, start, to, advice.advice, advice.replacement, sentenceStart));
        return true;
    };
    if (const auto it = m_extraWords.constFind(lower); it != m_extraWords.cend()) {
        return add(
            { *it, it->isEmpty() ? u"Skriv ut orden som förkortningen står för."_s : u"Skriv ut: %1."_s.arg(*it) },
            end);
    }
    if (const auto it = rules.abbreviations.constFind(lower); it != rules.abbreviations.cend()) {
        const bool afterNumber = previous && previous->number;
        if ((it->context == WordContext::AfterNumber && !afterNumber)
            || (it->context == WordContext::NotAfterNumber && afterNumber)) {
            return false;
        }
        WordAdvice advice = *it;
        qsizetype to = end;
        if (to + 1 < text.size() && text.at(to) == u':' && text.at(to + 1).isLetter()) {
            to += 2; // "ssk:n", "SSK:s": the ending is the writer's to adapt
            while (to < text.size() && text.at(to).isLetter() && to - end < 4) {
                ++to;
            }
            advice.replacement.clear();
        } else if (it->takesDot && to < text.size() && text.at(to) == u'.') {
            ++to;
        }
        return add(advice, to);
    }
    const qsizetype length = end - start;
    if (length >= 2 && length <= 5 && word == word.toUpper() && word != lower && !rules.allowedCapitals.contains(word)
        && !isRomanNumeral(word)) {
        return add({ {}, u"Skriv ut orden som förkortningen står för."_s }, end);
    }
    return false;
}

bool WritingAssistant::saidOfAPerson(const QList<Token> &tokens, qsizetype at) const
{
    static const QSet<QString> copulas { u"är"_s, u"var"_s, u"blev"_s, u"blir"_s, u"varit"_s, u"blivit"_s };
    static const QSet<QString> pronouns { u"han"_s, u"hon"_s, u"hen"_s, u"de"_s };
    static const QSet<QString> fillers { u"lite"_s, u"väldigt"_s, u"mycket"_s, u"ganska"_s, u"så"_s, u"inte"_s,
        u"rätt"_s, u"jätte"_s };
    const int sentence = tokens.at(at).sentence;
    const auto person = [&](const Token &t) {
        return pronouns.contains(t.lower) || (t.upperInitial && (!t.sentenceStart || m_names.contains(t.lower)));
    };
    qsizetype i = at - 1;
    for (int skipped = 0; i >= 0 && skipped < 2 && fillers.contains(tokens.at(i).lower); ++skipped) {
        --i;
    }
    if (i >= 0 && tokens.at(i).sentence == sentence && person(tokens.at(i)) && i > 0
        && copulas.contains(tokens.at(i - 1).lower)) {
        return true; // "I kväll var hon sur"
    }
    return i > 0 && tokens.at(i).sentence == sentence && copulas.contains(tokens.at(i).lower)
        && tokens.at(i - 1).sentence == sentence && person(tokens.at(i - 1));
}

void WritingAssistant::findWords(const QString &text, const QList<Token> &tokens, QList<WritingFinding> &out) const
{
    const auto &rules = writing::ruleData();
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.number) {
            continue;
        }
        const Token *previous = i > 0 && tokens.at(i - 1).sentence == t.sentence ? &tokens.at(i - 1) : nullptr;
        const Token *next
            = i + 1 < tokens.size() && tokens.at(i + 1).sentence == t.sentence ? &tokens.at(i + 1) : nullptr;
        if (const auto it = rules.undersigned.constFind(t.lower); it != rules.undersigned.cend()) {
            out.append(
                finding(WritingRule::Undersigned, text, t.start, t.end, it->advice, it->replacement, t.sentenceStart));
            continue;
        }
        if (t.lower.contains(u'-')) {
            // "BPSD-teamet", "mån-fre": each part may be an abbreviation; "LSS-boende" is allowed as LSS is.
            qsizetype from = t.start;
            for (const QString &part : t.lower.split(u'-')) {
                abbreviationAt(text, t, from, from + part.size(), from == t.start ? previous : nullptr, out);
                from += part.size() + 1;
            }
            continue;
        }
        if (abbreviationAt(text, t, t.start, t.end, previous, out)) {
            continue;
        }
        const auto it = rules.judgingWords.constFind(t.lower);
        if (it == rules.judgingWords.cend()) {
            continue;
        }
        if (it->context == WordContext::PersonAfter
            && !(next
                && (next->lower == "honom"_L1 || next->lower == "henne"_L1 || next->lower == "hen"_L1
                    || next->lower == "dem"_L1 || (next->upperInitial && !next->sentenceStart)))) {
            continue; // "matade fåglarna"
        }
        if (it->context == WordContext::PersonSubject && !saidOfAPerson(tokens, i)) {
            continue; // "mjölken var sur"
        }
        if (next && rules.occasions.contains(next->lower)) {
            continue; // "en jobbig kväll": about a time, not a person
        }
        const bool impersonal = t.lower.endsWith(u't')
            && std::any_of(tokens.cbegin() + std::max<qsizetype>(0, i - 3), tokens.cbegin() + i,
                [&](const Token &p) { return p.sentence == t.sentence && p.lower == "det"_L1; });
        if (!impersonal) { // "det var jobbigt", "har det besvärligt": about a situation, not a person
            out.append(
                finding(WritingRule::JudgingWord, text, t.start, t.end, it->advice, it->replacement, t.sentenceStart));
        }
    }
}

} // namespace akten::core
