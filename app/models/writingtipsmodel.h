// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "app/core/writingassistant.h"
#include "app/models/rowlistmodel.h"

#include <QSet>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace akten::store {
class MasterDataRepository;
}

/**
 * The writing assistant's advice ("Tips") on the note being written, one row per finding: what kind, the words, the
 * guideline's reason, a one-tap fix when there is one. Advice only: nothing here stops a save. "Behåll" hides a
 * finding for this note (the same words, the same rule). The note's residents decide whose names are the note's own:
 * with one resident, only the unit's other residents are flagged; with several, every resident's name is (the same
 * text is saved in each one's journal). Checked on every keystroke (tests/bench/writingassistantbench.cpp). GUI thread.
 */
class WritingTipsModel : public RowListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by the note's controller")

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        KindRole, ///< "Förkortning", "Värderande ord", …
        MatchRole, ///< the words as written
        ReasonRole, ///< why, from the guideline
        FixLabelRole, ///< "Byt till: sjuksköterska" or the advice ("Beskriv vad du såg och hörde.")
        CanFixRole, ///< whether "Byt till" replaces the words in one tap
        StartRole,
        EndRole,
    };
    Q_ENUM(Roles)

    explicit WritingTipsModel(akten::store::MasterDataRepository &master, QObject *parent = nullptr);
    ~WritingTipsModel() override;
    Q_DISABLE_COPY_MOVE(WritingTipsModel)

    /** The note's residents (their units' own abbreviations come with them); forgets what was kept. */
    void setResidents(const QList<akten::core::Id> &residentIds);
    /** Checks the text again (advice that was kept stays hidden). */
    void check(const QString &text);

    /** The text with tip `row`'s fix applied; the text unchanged when the tip has no fix or the words moved. */
    Q_INVOKABLE QString fixed(int row, const QString &text) const;
    /** "Behåll": the words stay as written and the tip goes away for this note. */
    Q_INVOKABLE void keep(int row);
    /** The tip whose words are at `position` in the text (a tap on a mark), or -1. */
    Q_INVOKABLE int rowAt(int position) const;

    /**
     * The one question asked at save when `text` (the note as it will be saved) names another resident or holds a
     * personal identity number: "Texten nämner en annan boende." …, or "" when there is nothing to ask.
     */
    [[nodiscard]] QString saveQuestion(const QString &text) const;

private:
    [[nodiscard]] static QString keepKey(const akten::core::WritingFinding &finding);

    akten::store::MasterDataRepository &m_master;
    std::unique_ptr<akten::core::WritingAssistant> m_assistant;
    QList<akten::core::WritingFinding> m_findings; ///< the rows, in order
    QSet<QString> m_kept;
    QString m_text;
};
