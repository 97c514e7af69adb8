// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/daynotes.h"
#include "app/core/result.h"

namespace akten::auth {
class AccessAudit;
}
namespace akten::core {
class Clock;
}
namespace akten::store {
class DeviceStore;
class MasterDataRepository;
} // namespace akten::store

/**
 * The write paths of day notes (domain.md D4), each with its audit event in one transaction: writing a note for a
 * resident in the writer's scope, reviewing it ("Inget att flytta"), moving it into the journal (the review "moved"
 * and a journal draft of the reviewer's, prefilled with the note's text, resident and time, written together: the
 * note counts as moved when staff chose to move it, because the words are then safe in their draft whatever the
 * purge does next), and the 90-day purge, which logs per note that it existed, its id, the day it was written and
 * whether and by whom it was reviewed — never its text. GUI thread, like its store.
 */
class DayNoteService
{
public:
    enum class Problem {
        None,
        Empty, ///< no text
        TooLong, ///< over core::kMaxDayNoteText characters
        OutOfScope, ///< the resident is not in the writer's units
        UnknownNote, ///< purged, or never here
        AlreadyReviewed,
        StoreFailed, ///< the store or the audit log could not write: nothing was written
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        akten::core::Id id; ///< the new note, review or draft
        akten::core::Id residentId;
        QString logMessage; ///< English, never personal data
        explicit operator bool() const { return problem == Problem::None; }
    };

    DayNoteService(akten::store::DeviceStore &store, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock);

    [[nodiscard]] Outcome write(
        const akten::auth::SessionUser &user, const akten::core::Id &residentId, const QString &text);
    /** "Inget att flytta": the note was read and nothing in it belongs in the journal. */
    [[nodiscard]] Outcome confirmNothingToMove(const akten::auth::SessionUser &user, const akten::core::Id &noteId);
    /** "Flytta till journalen": the review "moved" and the reviewer's journal draft; `id` is the draft's. */
    [[nodiscard]] Outcome moveToJournal(const akten::auth::SessionUser &user, const akten::core::Id &noteId);
    /** Deletes every note 90 care days old (core::dayNotePurgeCutoffMs), each audited; how many went. */
    [[nodiscard]] akten::Result<int> purgeExpired();

private:
    [[nodiscard]] Outcome review(
        const akten::auth::SessionUser &user, const akten::core::Id &noteId, akten::core::DayNoteReviewOutcome outcome);

    akten::store::DeviceStore &m_store;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
};
