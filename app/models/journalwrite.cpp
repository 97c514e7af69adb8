// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/journalwrite.h"

#include "app/core/enums.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"

using namespace Qt::StringLiterals;

namespace akten::models {

core::JournalEntry journalEntryBy(const auth::SessionUser &user, const core::Id &residentId, const QDate &eventDate,
    core::JournalCategory category, const QString &text)
{
    core::JournalEntry entry;
    entry.residentId = residentId;
    entry.eventDate = eventDate;
    entry.category = category;
    entry.text = text;
    entry.authorName = user.displayName;
    entry.authorTitle = user.title;
    return entry;
}

auth::AuditedWrite journalWrite(const auth::SessionUser &user, core::JournalEntry &entry, const core::Id &unitId)
{
    return { u"write.journal"_s, entry.residentId, unitId, core::toCode(entry.category),
        [&user, &entry](store::DeviceStore &store) {
            entry.meta = store.stamper().stamp(user.staffId);
            return store::JournalRepository(store.db()).append(entry);
        } };
}

} // namespace akten::models
