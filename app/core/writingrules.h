// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The writing assistant's word lists and its tokenizer (internal to app/core; the API is writingassistant.h).
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace akten::core::writing {

/** A word of the text: letters (and inner hyphens, "Anna-Lena") or digits. Offsets in UTF-16 code units. */
struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString lower;
    int sentence = 0; ///< sentences are split at . ! ? and line breaks
    bool sentenceStart = false;
    bool upperInitial = false;
    bool allUpper = false;
    bool number = false;
};

[[nodiscard]] QList<Token> tokenize(const QString &text);

/**
 * Where a listed word counts: "2 st" (after a number), "mm" not after one (millimetres), "matade henne" (a person
 * after it), "hon var sur" (said of a person: not "mjölken var sur").
 */
enum class WordContext { Any, AfterNumber, NotAfterNumber, PersonAfter, PersonSubject };

/** A listed word form and what to say about it. replacement empty: no one-tap fix, advice says how to rephrase. */
struct WordAdvice
{
    QString replacement;
    QString advice;
    WordContext context = WordContext::Any;
    bool takesDot = false; ///< "kl." / "ev.": a following dot belongs to the abbreviation
};

/** The built-in lists, built once per process; all keys lower case. */
struct RuleData
{
    QHash<QString, WordAdvice> abbreviations; ///< plain forms: "ssk", "pga", "kl"
    QHash<QString, QString> dottedAbbreviations; ///< "t.ex", "bl.a" (no spaces, no final dot) → expansion
    QSet<QString> allowedCapitals; ///< all-caps words everyone reads: "TV", "SMS", the laws' names
    QHash<QString, WordAdvice> undersigned; ///< "undertecknad" → "jag"
    QHash<QString, WordAdvice> judgingWords; ///< every inflected form → advice
    QSet<QString> ambiguousNames; ///< names that are also Swedish words ("Hans", "Dag", "Berg")
    QSet<QString> titlesAndRelations; ///< "sjuksköterskan Maria", "dottern Karin": not a resident
    QSet<QString> occasions; ///< "en jobbig kväll": a judging adjective before these is about a time, not a person
};

[[nodiscard]] const RuleData &ruleData();

/** "aggressiv(|t|a) vägran" → aggressiv, aggressivt, aggressiva, vägran: a stem and its allowed endings. */
[[nodiscard]] QStringList expandForms(const QString &pattern);

/**
 * The unattributed-assessment rule (see writingassessment.cpp): findings as (first token, last token) index pairs
 * in `tokens`, one per assessment written as fact in a sentence that names no one who assessed or said it.
 */
[[nodiscard]] QList<std::pair<int, int>> findUnattributedAssessments(const QString &text, const QList<Token> &tokens);

/**
 * Personnummer (YYYYMMDD-NNNN, YYMMDD-NNNN, + for 100 years or older, YYYYMMDDNNNN, YYMMDDNNNN, samordningsnummer)
 * with a valid date and Luhn check digit, as (start, end) offsets; ten bare digits from 0 are a phone number.
 */
[[nodiscard]] QList<std::pair<qsizetype, qsizetype>> findPersonalNumbers(const QString &text);

} // namespace akten::core::writing
