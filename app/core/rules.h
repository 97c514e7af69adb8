// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
//
// Deadlines and writing rules from the municipality's guideline (domain.md D2, D3, D4, D8). Pure functions.
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace akten::core {

/** A plan must exist no later than 3 weeks after the insats started. */
[[nodiscard]] QDate planDueBy(const QDate &insatsStarted);
/** Follow-up at least every 6 months for adults, every 4 months for children (under 18 on the plan date). */
[[nodiscard]] QDate followUpDueBy(const QDate &planDate, const QDate &birthDate);
/** Age in whole years on a given day. */
[[nodiscard]] int ageOn(const QDate &birthDate, const QDate &day);
/** Day notes are deleted automatically 90 days after they were written. */
[[nodiscard]] QDate dayNoteExpiry(const QDate &written);

/** A problem found in journal text, with the offending fragment and a Swedish explanation for the UI. */
struct WritingIssue
{
    enum class Kind { Abbreviation, Undersigned, JudgingWord, OtherResidentNamed };
    Kind kind;
    QString fragment;
    QString adviceSv;
};

/**
 * Checks journal text against the guideline's checkable rules: no abbreviations ("bl.a.", "ev.", "pga"), "jag"
 * rather than "u.t."/"undertecknad", no judging words from a small list, never another resident's name.
 */
[[nodiscard]] QList<WritingIssue> checkJournalText(const QString &text, const QStringList &otherResidentNames);

} // namespace akten::core
