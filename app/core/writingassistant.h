// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// The writing assistant (domain.md D3, ux.md §2): advice on journal text as staff type, never a block.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace akten::core {

struct Resident;
namespace writing {
struct Token;
}

/** What a finding is about; writingRuleCode() gives the stable code (CLI JSON), writingRuleLabelSv() the UI kind. */
enum class WritingRule {
    Abbreviation, ///< "abbreviation": the guideline says avoid abbreviations
    Undersigned, ///< "undersigned": "u.t." or "undertecknad" for oneself; write "jag"
    JudgingWord, ///< "judging_word": judging or degrading words
    OtherResident, ///< "other_resident": another resident of the unit named
    PersonalNumber, ///< "personal_number": a full personal identity number (Luhn-valid)
    UnattributedAssessment, ///< "unattributed_assessment": an interpretation written as fact, no one's assessment
};

[[nodiscard]] QString writingRuleCode(WritingRule rule);
/** "Förkortning", "Undertecknad", "Värderande ord", "Annan boendes namn", "Personnummer", "Bedömning utan avsändare".
 */
[[nodiscard]] QString writingRuleLabelSv(WritingRule rule);

/**
 * One piece of advice. start/end are offsets in UTF-16 code units of the checked QString (end exclusive), i.e.
 * QString / QML string positions: text.mid(start, end - start) == match.
 */
struct WritingFinding
{
    WritingRule rule = WritingRule::Abbreviation;
    qsizetype start = 0;
    qsizetype end = 0;
    QString match;
    /** Swedish: the replacement (isReplacement) or how to rephrase ("Beskriv vad du såg och hörde."). */
    QString suggestion;
    /** True when suggestion can replace match as it stands (the one-tap fix "Byt till: …"). */
    bool isReplacement = false;
    /** Why, in one plain Swedish sentence from the guideline ("Alla ska kunna förstå journalen, också den boende."). */
    QString reasonSv;
};

/** A resident's name as the assistant sees it: either part may hold several words ("Anna Maria", "Berg Ek"). */
struct PersonName
{
    QString firstName;
    QString lastName;
};

/** An abbreviation of the unit's own (the SAS keeps the list): "KP" or "a.b.c.", and what it stands for (optional). */
struct Abbreviation
{
    QString form;
    QString expansion;
};

/** Who the note is about and what the unit adds; build it with writingConfigFor() from master data. */
struct WritingAssistantConfig
{
    PersonName resident; ///< the note's own resident: never flagged
    QList<PersonName> otherResidents; ///< the unit's other residents
    QList<Abbreviation> extraAbbreviations;
};

/** The config for a note about `resident`: the other residents of `unitResidents` (the resident itself skipped). */
[[nodiscard]] WritingAssistantConfig writingConfigFor(
    const Resident &resident, const QList<Resident> &unitResidents, const QList<Abbreviation> &extraAbbreviations = {});

/**
 * Checks journal text against the guideline's checkable rules and returns advice with offsets, sorted by start;
 * findings never overlap. Built once per note (per configuration: names hashed; the rule lists and patterns are
 * built once per process); check() is const, keeps nothing between calls and is cheap enough for every keystroke
 * (tests/bench/writingassistantbench.cpp). Meant for the thread that owns it, the UI thread in the app.
 */
class WritingAssistant
{
public:
    explicit WritingAssistant(const WritingAssistantConfig &config = {});

    [[nodiscard]] QList<WritingFinding> check(const QString &text) const;

private:
    struct NameEntry
    {
        QList<int> firstOf; ///< persons having this word in their first name
        QList<int> lastOf; ///< persons having this word in their last name
        bool shared = false; ///< also the own resident's name: not flagged alone
    };

    void addName(const QString &word, int person, bool first, bool own);
    void findNames(const QString &text, const QList<writing::Token> &tokens, QList<WritingFinding> &out) const;
    void findWords(const QString &text, const QList<writing::Token> &tokens, QList<WritingFinding> &out) const;
    void findDotted(const QString &text, QList<WritingFinding> &out) const;
    bool abbreviationAt(const QString &text, const writing::Token &t, qsizetype start, qsizetype end,
        const writing::Token *previous, QList<WritingFinding> &out) const;
    [[nodiscard]] bool saidOfAPerson(const QList<writing::Token> &tokens, qsizetype at) const;

    QHash<QString, NameEntry> m_names; ///< lower-case name word → who has it
    QHash<QString, QString> m_extraWords; ///< the unit's plain abbreviations, lower case → expansion
    QHash<QString, QString> m_extraDotted; ///< the unit's dotted abbreviations, normalised ("a.b.c.") → expansion
};

} // namespace akten::core
