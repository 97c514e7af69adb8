// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/daynoteservice.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/core/ids.h"
#include "app/core/journalnote.h"
#include "app/store/daynoterepository.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

DayNoteService::Outcome problem(DayNoteService::Problem p, const QString &log)
{
    DayNoteService::Outcome outcome;
    outcome.problem = p;
    outcome.logMessage = log;
    return outcome;
}

/** What the purge logs of a note: that it existed, its id, its day, its review. Never its text. */
QString purgeDetail(const store::DayNoteListing &listing)
{
    QString detail = u"day note %1 written %2"_s.arg(
        core::idToString(listing.note.meta.id), core::careDate(listing.note.meta.wallMs).toString(Qt::ISODate));
    if (!listing.review) {
        return detail + u", not reviewed"_s;
    }
    return detail
        + u", reviewed (%1) by %2 on %3"_s.arg(core::toCode(listing.review->outcome),
            core::idToString(listing.review->meta.authorId),
            core::careDate(listing.review->meta.wallMs).toString(Qt::ISODate));
}

} // namespace

DayNoteService::DayNoteService(
    store::DeviceStore &store, store::MasterDataRepository &master, auth::AccessAudit &audit, const core::Clock &clock)
    : m_store(store)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
{ }

DayNoteService::Outcome DayNoteService::write(
    const auth::SessionUser &user, const core::Id &residentId, const QString &text)
{
    const auto resident = m_master.resident(residentId);
    if (!resident || !auth::inScope(user, resident.value())) {
        return problem(Problem::OutOfScope, u"the resident is not in the writer's units"_s);
    }
    switch (core::checkDayNoteText(text)) {
    case core::DayNoteTextProblem::Empty:
        return problem(Problem::Empty, u"the day note is empty"_s);
    case core::DayNoteTextProblem::TooLong:
        return problem(Problem::TooLong, u"the day note is too long"_s);
    case core::DayNoteTextProblem::None:
        break;
    }
    core::DayNote note { {}, residentId, text.trimmed() };
    const Status written = m_audit.recordWrite(
        &user, u"write.day_note"_s, residentId, resident.value().unitId, {}, [&](store::DeviceStore &store) {
            note.meta = store.stamper().stamp(user.staffId);
            return store::DayNoteRepository(store.db()).add(note);
        });
    if (!written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    return { Problem::None, note.meta.id, residentId, {} };
}

DayNoteService::Outcome DayNoteService::review(
    const auth::SessionUser &user, const core::Id &noteId, core::DayNoteReviewOutcome outcome)
{
    const auto found = store::DayNoteRepository(m_store.db()).find(noteId);
    if (!found) {
        return problem(Problem::StoreFailed, found.error().message);
    }
    if (!found.value()) {
        return problem(Problem::UnknownNote, u"no such day note (purged?)"_s);
    }
    const store::DayNoteListing &listing = *found.value();
    if (!user.unitIds.contains(listing.unitId) && user.role != core::StaffRole::Sas) {
        return problem(Problem::OutOfScope, u"the note's resident is not in the reviewer's units"_s);
    }
    if (listing.review) {
        return problem(Problem::AlreadyReviewed, u"the day note is already reviewed"_s);
    }
    core::DayNoteReview review { {}, noteId, listing.note.residentId, outcome };
    core::Id draftId;
    const Status written = m_audit.recordWrite(&user, u"write.day_note_review"_s, listing.note.residentId,
        listing.unitId, core::toCode(outcome), [&](store::DeviceStore &store) {
            review.meta = store.stamper().stamp(user.staffId);
            if (auto reviewed = store::DayNoteRepository(store.db()).addReview(review); !reviewed) {
                return reviewed;
            }
            if (outcome != core::DayNoteReviewOutcome::Moved) {
                return Status {};
            }
            // The journal draft: the note's words, resident and time; the reviewer finishes and saves it.
            const QDateTime at = QDateTime::fromMSecsSinceEpoch(listing.note.meta.wallMs, core::careTimeZone());
            core::JournalNote draft;
            draft.residentIds = { listing.note.residentId };
            draft.eventDate = at.date();
            draft.eventTime = QTime(at.time().hour(), at.time().minute());
            draft.text = listing.note.text;
            draftId = core::IdGenerator(m_clock).next();
            return store::JournalRepository(store.db())
                .saveDraft(draftId, user.staffId, m_clock.nowMs(), core::encodeDraft(draft));
        });
    if (!written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    return { Problem::None, outcome == core::DayNoteReviewOutcome::Moved ? draftId : review.meta.id,
        listing.note.residentId, {} };
}

DayNoteService::Outcome DayNoteService::confirmNothingToMove(const auth::SessionUser &user, const core::Id &noteId)
{
    return review(user, noteId, core::DayNoteReviewOutcome::Nothing);
}

DayNoteService::Outcome DayNoteService::moveToJournal(const auth::SessionUser &user, const core::Id &noteId)
{
    return review(user, noteId, core::DayNoteReviewOutcome::Moved);
}

Result<int> DayNoteService::purgeExpired()
{
    const qint64 cutoff = core::dayNotePurgeCutoffMs(m_clock.nowMs());
    const auto expired = store::DayNoteRepository(m_store.db()).writtenBefore(cutoff);
    if (!expired) {
        return expired.error();
    }
    QList<auth::AuditedWrite> writes;
    for (const store::DayNoteListing &listing : expired.value()) {
        const core::Id id = listing.note.meta.id;
        writes.append({ u"purge.day_note"_s, listing.note.residentId, listing.unitId, purgeDetail(listing),
            [id, cutoff](
                store::DeviceStore &store) { return store::DayNoteRepository(store.db()).purge(id, cutoff); } });
    }
    if (writes.isEmpty()) {
        return 0;
    }
    if (auto purged = m_audit.recordWrites(nullptr, writes); !purged) {
        return purged.error();
    }
    return int(writes.size());
}
