// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/journalservice.h"

#include "app/auth/accessaudit.h"
#include "app/core/clock.h"
#include "app/core/enums.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

JournalService::Outcome problem(JournalService::Problem p, const QString &log)
{
    JournalService::Outcome outcome;
    outcome.problem = p;
    outcome.logMessage = log;
    return outcome;
}

JournalService::Outcome invalid(QList<core::NoteFinding> findings)
{
    JournalService::Outcome outcome = problem(JournalService::Problem::Invalid, u"the note is incomplete"_s);
    outcome.findings = std::move(findings);
    return outcome;
}

} // namespace

JournalService::JournalService(
    store::DeviceStore &store, store::MasterDataRepository &master, auth::AccessAudit &audit, const core::Clock &clock)
    : m_store(store)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
{ }

bool JournalService::mayCorrect(const auth::SessionUser &user, const core::Id &authorId, const core::Id &unitId)
{
    return user.staffId == authorId || (user.role == core::StaffRole::UnitManager && user.unitIds.contains(unitId));
}

JournalService::Outcome JournalService::save(
    const auth::SessionUser &user, const core::JournalNote &note, const core::Id &draftId)
{
    QList<core::Resident> residents;
    QHash<core::Id, QDate> movedIn;
    for (const core::Id &id : note.residentIds) {
        auto resident = m_master.resident(id);
        if (!resident || !auth::inScope(user, resident.value())) {
            return invalid({ { core::NoteField::Residents, core::NoteProblem::OutOfScope } });
        }
        movedIn.insert(id, resident.value().movedIn);
        residents.append(resident.value());
    }
    if (const auto findings = core::checkNote(note, m_clock.nowMs(), movedIn); !findings.isEmpty()) {
        return invalid(findings);
    }
    // One entry per resident, each with the same composed text: the form never lets one text name the others.
    QList<core::JournalEntry> entries;
    for (const core::Resident &resident : std::as_const(residents)) {
        core::JournalEntry entry;
        entry.residentId = resident.id;
        entry.eventDate = note.eventDate;
        entry.eventTime = note.eventTime;
        entry.category = note.category;
        entry.text = core::composeJournalText(note);
        entry.authorName = user.displayName;
        entry.authorTitle = user.title;
        entry.interpreterUsed = note.category == core::JournalCategory::Interpreter;
        entry.hslRecorded = note.health && note.hslRecorded;
        entries.append(entry);
    }
    QList<auth::AuditedWrite> writes;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        core::JournalEntry &entry = entries[i];
        writes.append({ u"write.journal"_s, entry.residentId, residents.at(i).unitId, core::toCode(entry.category),
            [&entry, &user](store::DeviceStore &store) {
                entry.meta = store.stamper().stamp(user.staffId);
                return store::JournalRepository(store.db()).append(entry);
            } });
    }
    if (!draftId.isNull()) {
        writes.last().write = [previous = writes.last().write, draftId, &user](store::DeviceStore &store) {
            if (auto written = previous(store); !written) {
                return written;
            }
            return store::JournalRepository(store.db()).deleteDraft(draftId, user.staffId);
        };
    }
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    for (const core::JournalEntry &entry : std::as_const(entries)) {
        outcome.written.append(entry.meta.id);
    }
    return outcome;
}

JournalService::Outcome JournalService::findEntry(
    const auth::SessionUser &user, const core::Id &entryId, core::JournalEntry &entry, core::Resident &resident)
{
    auto found = store::JournalRepository(m_store.db()).entry(entryId);
    if (!found) {
        return problem(Problem::StoreFailed, found.error().message);
    }
    if (!found.value()) {
        return problem(Problem::UnknownEntry, u"no such journal entry"_s);
    }
    auto owner = m_master.resident(found.value()->residentId);
    if (!owner || !auth::inScope(user, owner.value())) {
        return invalid({ { core::NoteField::Residents, core::NoteProblem::OutOfScope } });
    }
    entry = *found.value();
    resident = owner.value();
    return {};
}

JournalService::Outcome JournalService::correct(
    const auth::SessionUser &user, const core::Id &entryId, const QString &text, const QString &reason)
{
    core::JournalEntry entry;
    core::Resident resident;
    if (Outcome found = findEntry(user, entryId, entry, resident); !found) {
        return found;
    }
    if (!mayCorrect(user, entry.meta.authorId, resident.unitId)) {
        return problem(Problem::NotAllowed, u"only the author or the unit's manager may correct an entry"_s);
    }
    QList<core::NoteFinding> findings;
    if (text.trimmed().isEmpty()) {
        findings.append({ core::NoteField::Text, core::NoteProblem::Missing });
    } else if (text.size() > core::kMaxJournalText) {
        findings.append({ core::NoteField::Text, core::NoteProblem::TooLong });
    }
    if (reason.trimmed().isEmpty()) {
        findings.append({ core::NoteField::Action, core::NoteProblem::Missing });
    }
    if (!findings.isEmpty()) {
        return invalid(findings);
    }
    core::Correction correction { {}, resident.id, entry.meta.id, text.trimmed(), reason.trimmed(), false,
        user.displayName, user.title };
    const Status written = m_audit.recordWrite(
        &user, u"write.correction"_s, resident.id, resident.unitId, u"correction"_s, [&](store::DeviceStore &store) {
            correction.meta = store.stamper().stamp(user.staffId);
            return store::JournalRepository(store.db()).appendCorrection(correction);
        });
    if (!written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    outcome.written.append(correction.meta.id);
    return outcome;
}

JournalService::Outcome JournalService::object(
    const auth::SessionUser &user, const core::Id &entryId, const QString &objection)
{
    core::JournalEntry entry;
    core::Resident resident;
    if (Outcome found = findEntry(user, entryId, entry, resident); !found) {
        return found;
    }
    if (objection.trimmed().isEmpty()) {
        return invalid({ { core::NoteField::Text, core::NoteProblem::Missing } });
    }
    if (objection.size() > core::kMaxJournalText) {
        return invalid({ { core::NoteField::Text, core::NoteProblem::TooLong } });
    }
    core::Correction record { {}, resident.id, entry.meta.id, objection.trimmed(), u"Den enskildes invändning"_s, true,
        user.displayName, user.title };
    const Status written = m_audit.recordWrite(
        &user, u"write.correction"_s, resident.id, resident.unitId, u"objection"_s, [&](store::DeviceStore &store) {
            record.meta = store.stamper().stamp(user.staffId);
            return store::JournalRepository(store.db()).appendCorrection(record);
        });
    if (!written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    outcome.written.append(record.meta.id);
    return outcome;
}
