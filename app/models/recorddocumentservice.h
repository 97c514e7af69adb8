// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/auth/sessionpolicy.h"
#include "app/core/recorddocuments.h"

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
 * The write path of the record's documents (domain.md D1): the version or entry (immutable), the journal entry the
 * guideline asks for when an important document arrived or was created (core::documentJournalText; none for the
 * cover sheet) and an audit event for each, in one transaction. Staff of the resident's unit write; the agreement on
 * the resident's money and powers of attorney only the kontaktman or the unit's manager; nothing from a kiosk. A new
 * version replaces current versions of the same document only; a refusal writes nothing. GUI thread, like its store.
 */
class RecordDocumentService
{
public:
    enum class Problem {
        None,
        Invalid, ///< see `problems`
        NotAllowed, ///< out of scope, a kiosk, or a money agreement / power of attorney by other staff
        Stale, ///< what it replaces is not a current version of that document (another version came first)
        StoreFailed, ///< the store or the audit log could not write: nothing was written
    };
    struct Outcome
    {
        Problem problem = Problem::None;
        QList<akten::core::DocFieldProblem> problems;
        akten::core::Id documentId;
        QString logMessage; ///< English, never personal data
        explicit operator bool() const { return problem == Problem::None; }
    };

    RecordDocumentService(akten::store::DeviceStore &store, akten::store::MasterDataRepository &master,
        akten::auth::AccessAudit &audit, const akten::core::Clock &clock, bool kiosk);

    /** Whether `user` may write documents of `type` for this resident. */
    [[nodiscard]] bool mayWrite(const akten::auth::SessionUser &user, const akten::core::Resident &resident,
        akten::core::RecordDocType type) const;

    /**
     * Saves `document` (residentId, type, fields; replaces = the current versions it replaces, empty for a new
     * document); the series and meta are set here. A singleton (cover sheet, life story) always replaces every
     * current version, so a first version is refused once there is one.
     */
    [[nodiscard]] Outcome save(const akten::auth::SessionUser &user, akten::core::RecordDocument document);

private:
    [[nodiscard]] Outcome checkReplaces(akten::core::RecordDocument &document);

    akten::store::DeviceStore &m_store;
    akten::store::MasterDataRepository &m_master;
    akten::auth::AccessAudit &m_audit;
    const akten::core::Clock &m_clock;
    bool m_kiosk = false;
};
