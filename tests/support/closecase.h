// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/caretime.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"

namespace akten::test {

/**
 * Closes the resident's case straight in the store (a final note and the closure, as a closure downloaded from
 * another tablet is stored): no screen or service is told.
 */
inline Status closeCaseInStore(store::DeviceStore &store, const core::Id &authorId, const core::Id &residentId)
{
    core::JournalEntry note;
    note.meta = store.stamper().stamp(authorId);
    note.residentId = residentId;
    note.eventDate = core::careToday();
    note.category = core::JournalCategory::FinalNote;
    note.text = QStringLiteral("Insatserna avslutades i samråd med den enskilde inför flytten till en annan kommun.");
    note.authorName = QStringLiteral("Helena Strand");
    note.authorTitle = QStringLiteral("enhetschef");
    if (auto appended = store::JournalRepository(store.db()).append(note); !appended) {
        return appended;
    }
    core::CaseClosure closure;
    closure.meta = store.stamper().stamp(authorId);
    closure.residentId = residentId;
    closure.closedOn = core::careToday();
    closure.reason = core::ClosureReason::Moved;
    closure.finalNoteId = note.meta.id;
    return store::CaseClosureRepository(store.db()).add(closure);
}

} // namespace akten::test
