// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/journalcorrectioncontroller.h"

#include "app/models/journalservice.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCorrection, "akten.models.correction")

JournalCorrectionController::JournalCorrectionController(JournalService &journal, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
{ }

JournalCorrectionController::~JournalCorrectionController() = default;

void JournalCorrectionController::setViewer(const std::optional<akten::auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    clear();
}

void JournalCorrectionController::clear()
{
    m_textError.clear();
    m_reasonError.clear();
    m_message.clear();
    Q_EMIT changed();
}

template<typename Outcome> bool JournalCorrectionController::finish(const Outcome &outcome)
{
    using Problem = JournalService::Problem;
    m_textError.clear();
    m_reasonError.clear();
    m_message.clear();
    switch (outcome.problem) {
    case Problem::None:
        Q_EMIT changed();
        Q_EMIT written();
        return true;
    case Problem::Invalid:
        for (const auto &finding : outcome.findings) {
            const bool tooLong = finding.problem == akten::core::NoteProblem::TooLong;
            if (finding.field == akten::core::NoteField::Action) {
                m_reasonError = tr("Skriv varför.");
            } else if (finding.field == akten::core::NoteField::Text) {
                m_textError = tooLong ? tr("Texten är för lång.") : tr("Skriv texten.");
            } else {
                m_message = tr("Den boende finns inte bland dina boende.");
            }
        }
        break;
    case Problem::NotAllowed:
        m_message = tr("Bara den som skrev anteckningen eller enhetschefen kan rätta den.");
        break;
    case Problem::UnknownEntry:
        m_message = tr("Anteckningen finns inte.");
        break;
    case Problem::StoreFailed:
        qCWarning(lcCorrection) << "not saved:" << outcome.logMessage;
        m_message = tr("Det gick inte att spara, och ingenting sparades. Försök igen.");
        break;
    }
    Q_EMIT changed();
    return false;
}

bool JournalCorrectionController::correct(const QString &entryId, const QString &text, const QString &reason)
{
    return m_viewer && finish(m_journal.correct(*m_viewer, akten::core::idFromString(entryId), text, reason));
}

bool JournalCorrectionController::object(const QString &entryId, const QString &objection)
{
    return m_viewer && finish(m_journal.object(*m_viewer, akten::core::idFromString(entryId), objection));
}
