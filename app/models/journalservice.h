// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/journalnote.h"

#include <QList>

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
 * The write path of the social journal (domain.md D3): a quick note becomes one entry per resident (event date and
 * time, category, the composed text, the writer's name and title as they are now), its draft deleted, all in one
 * transaction with an audit event per entry, queued for sync by the store. Corrections (the author or the unit's
 * manager, with a reason) and the resident's objection are new records pointing at the entry; nothing is changed or
 * deleted. Everything is checked whole first: the residents are in the writer's scope, the note passes
 * core::checkNote; a refusal writes nothing and the draft stays. GUI thread, like its store.
 */
class JournalService
{
public:
    /** Why a request was refused (the screens say it in Swedish at the field). */
    enum class Problem {
        None,
        Invalid, ///< see `findings`
        NotAllowed, ///< a correction by someone who is neither the author nor the unit's manager
        UnknownEntry,
        StoreFailed, ///< the store or the audit log could not write: nothing was written
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        QList<akten::core::NoteFinding> findings;
        QList<akten::core::Id> written; ///< the new entries' (or the correction's) ids
        QString logMessage; ///< English, never personal data
        explicit operator bool() const { return problem == Problem::None; }
    };

    JournalService(akten::store::DeviceStore &store, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock);

    /** Saves `note` for every resident in it; `draftId` (if any) is deleted in the same transaction. */
    [[nodiscard]] Outcome save(
        const akten::auth::SessionUser &user, const akten::core::JournalNote &note, const akten::core::Id &draftId);
    /** Writes a correction of `entryId`: the new wording and why; the original stays readable. */
    [[nodiscard]] Outcome correct(const akten::auth::SessionUser &user, const akten::core::Id &entryId,
        const QString &text, const QString &reason);
    /** Records the resident's objection to `entryId` in their words (or as told); shown beside the entry. */
    [[nodiscard]] Outcome object(
        const akten::auth::SessionUser &user, const akten::core::Id &entryId, const QString &objection);

    /** Whether `user` may correct entries written by `authorId` for a resident of `unitId`. */
    [[nodiscard]] static bool mayCorrect(
        const akten::auth::SessionUser &user, const akten::core::Id &authorId, const akten::core::Id &unitId);

private:
    [[nodiscard]] Outcome findEntry(const akten::auth::SessionUser &user, const akten::core::Id &entryId,
        akten::core::JournalEntry &entry, akten::core::Resident &resident);

    akten::store::DeviceStore &m_store;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
};
