// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/daynotescontroller.h"

#include "app/auth/accessaudit.h"
#include "app/core/clock.h"
#include "app/models/caseclosureservice.h"
#include "app/models/daynoteservice.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/daynoterepository.h"
#include "app/store/masterdatarepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace akten;

DayNotesController::DayNotesController(store::Database &db, store::MasterDataRepository &master,
    DayNoteService &service, auth::AccessAudit &audit, const core::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_master(master)
    , m_service(service)
    , m_audit(audit)
    , m_clock(clock)
    , m_handover(new DayNoteListModel(DayNoteListModel::Scope::Unit, this))
    , m_queue(new DayNoteListModel(DayNoteListModel::Scope::Unit, this))
    , m_residents(new FilterChoiceListModel(this))
{ }

DayNotesController::~DayNotesController() = default;

int DayNotesController::maxLength()
{
    return core::kMaxDayNoteText;
}

void DayNotesController::setViewer(const std::optional<auth::SessionUser> &viewer)
{
    m_viewer = viewer;
    setError({});
    fillResidents();
    reload();
}

void DayNotesController::fillResidents()
{
    QList<FilterChoiceListModel::Choice> choices;
    // A closed case can only be read: not offered. (If the closures cannot be read, the store still refuses such a
    // note, and write() says why.)
    const auto closures = store::CaseClosureRepository(m_db).closedResidents();
    const QSet<core::Id> closed = closures ? closures.value() : QSet<core::Id> {};
    for (const core::Id &unit : m_viewer ? m_viewer->unitIds : QList<core::Id> {}) {
        const auto residents = m_master.residents(unit);
        for (const core::Resident &r : residents ? residents.value() : QList<core::Resident> {}) {
            if (closed.contains(r.id)) {
                continue;
            }
            const QString name = r.protectedIdentity ? tr("Skyddad identitet") : r.displayName();
            choices.append({ core::idToString(r.id), name + u", "_s + r.room });
        }
    }
    m_residents->setChoices(choices);
}

void DayNotesController::reload()
{
    if (!m_viewer) {
        m_handover->show({}, 0);
        m_queue->show({}, 0);
        return;
    }
    const qint64 now = m_clock.nowMs();
    const std::optional<core::Id> unit
        = m_viewer->unitIds.isEmpty() ? std::nullopt : std::optional(m_viewer->unitIds.constFirst());
    if (!m_audit.record(&*m_viewer, u"view.day_notes"_s, std::nullopt, unit, u"handover"_s)) {
        const QString error = tr("Det gick inte att logga läsningen, så daganteckningarna visas inte.");
        m_handover->show({}, now, error);
        m_queue->show({}, now, error);
        return;
    }
    const auto notes = store::DayNoteRepository(m_db).listing(m_viewer->unitIds);
    if (!notes) {
        const QString error = tr("Daganteckningarna kunde inte läsas.");
        m_handover->show({}, now, error);
        m_queue->show({}, now, error);
        return;
    }
    QList<store::DayNoteListing> due;
    for (const auto &listing : notes.value()) {
        if (!listing.review && core::dayNoteDueForReview(listing.note.meta.wallMs, now)) {
            due.append(listing);
        }
    }
    // The queue oldest first: the note that goes soonest is on top.
    std::reverse(due.begin(), due.end());
    m_handover->show(notes.value(), now);
    m_queue->show(due, now);
}

bool DayNotesController::write(const QString &residentId, const QString &text)
{
    if (!m_viewer) {
        return false;
    }
    if (residentId.isEmpty()) {
        setError({}, tr("Välj vem anteckningen gäller."));
        return false;
    }
    const auto outcome = m_service.write(*m_viewer, core::idFromString(residentId), text);
    switch (outcome.problem) {
    case DayNoteService::Problem::None:
        break;
    case DayNoteService::Problem::Empty:
        setError(tr("Skriv anteckningen."));
        return false;
    case DayNoteService::Problem::TooLong:
        setError(tr("Anteckningen är för lång. Skriv högst %1 tecken.").arg(core::kMaxDayNoteText));
        return false;
    case DayNoteService::Problem::OutOfScope:
        setError({}, tr("Du kan bara skriva om boende på din enhet."));
        return false;
    default:
        if (CaseClosureService::refusedAsClosed(outcome.logMessage)) {
            fillResidents(); // closed on another tablet since the list was read
            setError({}, tr("Ärendet är avslutat, så akten kan bara läsas. Ingenting sparades."));
            return false;
        }
        setError({}, tr("Det gick inte att spara, och ingenting sparades."));
        return false;
    }
    setError({});
    reload();
    Q_EMIT changed();
    return true;
}

bool DayNotesController::confirmNothingToMove(const QString &noteId)
{
    return m_viewer
        && reviewed(m_service.confirmNothingToMove(*m_viewer, akten::core::idFromString(noteId)),
            tr("Det gick inte att spara granskningen."));
}

QString DayNotesController::moveToJournal(const QString &noteId)
{
    if (!m_viewer) {
        return {};
    }
    const auto outcome = m_service.moveToJournal(*m_viewer, akten::core::idFromString(noteId));
    return reviewed(outcome, tr("Det gick inte att flytta anteckningen.")) ? akten::core::idToString(outcome.residentId)
                                                                           : QString();
}

bool DayNotesController::reviewed(const DayNoteService::Outcome &outcome, const QString &failure)
{
    // Refused or not, the queue is read again: another tablet may have reviewed the note, or the purge taken it.
    if (!outcome) {
        setError({},
            outcome.problem == DayNoteService::Problem::AlreadyReviewed ? tr("Någon har redan granskat anteckningen.")
                                                                        : failure);
    } else {
        setError({});
    }
    reload();
    if (outcome) {
        Q_EMIT changed();
    }
    return bool(outcome);
}

void DayNotesController::clearError()
{
    setError({});
}

void DayNotesController::setError(const QString &textError, const QString &message)
{
    if (m_textError == textError && m_message == message) {
        return;
    }
    m_textError = textError;
    m_message = message;
    Q_EMIT errorChanged();
}
