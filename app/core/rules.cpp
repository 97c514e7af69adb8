// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "core/rules.h"

#include <QRegularExpression>

#include <array>

using namespace Qt::StringLiterals;

namespace akten::core {
namespace {

struct Replacement
{
    const char16_t *fragment;
    const char16_t *advice;
};

// The guideline: no abbreviations. Each with the written-out form to suggest.
constexpr std::array kAbbreviations {
    Replacement { u"bl.a.", u"bland annat" },
    Replacement { u"t.ex.", u"till exempel" },
    Replacement { u"ev.", u"eventuellt" },
    Replacement { u"p.g.a.", u"på grund av" },
    Replacement { u"pga", u"på grund av" },
    Replacement { u"d.v.s.", u"det vill säga" },
    Replacement { u"dvs", u"det vill säga" },
    Replacement { u"osv", u"och så vidare" },
    Replacement { u"m.m.", u"med mera" },
    Replacement { u"mm", u"med mera" },
    Replacement { u"ca", u"cirka" },
    Replacement { u"kl.", u"klockan" },
    Replacement { u"ssk", u"sjuksköterska" },
    Replacement { u"usk", u"undersköterska" },
    Replacement { u"sjuksk", u"sjuksköterska" },
    Replacement { u"enl.", u"enligt" },
    Replacement { u"resp.", u"respektive" },
    Replacement { u"fr.o.m.", u"från och med" },
    Replacement { u"t.o.m.", u"till och med" },
    Replacement { u"ang.", u"angående" },
};

// Judging or degrading words, with a neutral alternative.
constexpr std::array kJudgingWords {
    Replacement { u"besvärlig", u"beskriv vad som hände i stället för att värdera" },
    Replacement { u"bråkig", u"beskriv vad personen gjorde och sade" },
    Replacement { u"jobbig", u"beskriv situationen sakligt" },
    Replacement { u"elak", u"beskriv vad personen sade eller gjorde" },
    Replacement { u"lat", u"beskriv vad personen avböjde och varför, om det är känt" },
    Replacement { u"snäll", u"beskriv vad som hände, utan omdöme" },
    Replacement { u"dement", u"skriv \"personen har en demenssjukdom\"" },
    Replacement { u"vägrar", u"skriv \"avböjer\"" },
    Replacement { u"vägrade", u"skriv \"avböjde\"" },
    Replacement { u"tjurig", u"beskriv vad personen uttryckte" },
    Replacement { u"aggressiv", u"beskriv vad som hände och vad personen gjorde" },
};

/** Whole-word, case-insensitive match that treats Swedish letters as letters. */
bool containsWord(const QString &text, const QString &word)
{
    const QString pattern = u"(?<![\\p{L}\\p{N}.])"_s + QRegularExpression::escape(word)
        + (word.endsWith(u'.') ? u""_s : u"(?![\\p{L}\\p{N}])"_s);
    const QRegularExpression re(
        pattern, QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

} // namespace

QDate planDueBy(const QDate &insatsStarted)
{
    return insatsStarted.addDays(21);
}

int ageOn(const QDate &birthDate, const QDate &day)
{
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day())) {
        --age;
    }
    return age;
}

QDate followUpDueBy(const QDate &planDate, const QDate &birthDate)
{
    const bool child = birthDate.isValid() && ageOn(birthDate, planDate) < 18;
    return planDate.addMonths(child ? 4 : 6);
}

QDate dayNoteExpiry(const QDate &written)
{
    return written.addDays(90);
}

QList<WritingIssue> checkJournalText(const QString &text, const QStringList &otherResidentNames)
{
    QList<WritingIssue> issues;
    for (const QString &word : { u"undertecknad"_s, u"u.t."_s }) {
        if (containsWord(text, word)) {
            issues.append(
                { WritingIssue::Kind::Undersigned, word, u"Skriv \"jag\" i stället för \"%1\"."_s.arg(word) });
        }
    }
    for (const auto &[fragment, advice] : kAbbreviations) {
        const QString word = QString::fromUtf16(fragment);
        if (containsWord(text, word)) {
            issues.append({ WritingIssue::Kind::Abbreviation, word,
                u"Skriv ut förkortningen: %1 → %2"_s.arg(word, QString::fromUtf16(advice)) });
        }
    }
    for (const auto &[fragment, advice] : kJudgingWords) {
        const QString word = QString::fromUtf16(fragment);
        if (containsWord(text, word)) {
            issues.append({ WritingIssue::Kind::JudgingWord, word,
                u"Använd neutrala ord i stället för \"%1\": %2."_s.arg(word, QString::fromUtf16(advice)) });
        }
    }
    for (const QString &name : otherResidentNames) {
        if (!name.trimmed().isEmpty() && containsWord(text, name.trimmed())) {
            issues.append({ WritingIssue::Kind::OtherResidentNamed, name,
                u"Skriv aldrig namnet på en annan boende i journalen."_s });
        }
    }
    return issues;
}

} // namespace akten::core
