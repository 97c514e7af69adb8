// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/recorddocumentservice.h"

#include "app/auth/accessaudit.h"
#include "app/core/caretime.h"
#include "app/core/clock.h"
#include "app/core/enums.h"
#include "app/core/journal.h"
#include "app/models/journalwrite.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "app/store/recorddocumentrepository.h"

#include <QSet>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

RecordDocumentService::Outcome problem(RecordDocumentService::Problem p, const QString &log)
{
    RecordDocumentService::Outcome outcome;
    outcome.problem = p;
    outcome.logMessage = log;
    return outcome;
}

} // namespace

RecordDocumentService::RecordDocumentService(store::DeviceStore &store, store::MasterDataRepository &master,
    auth::AccessAudit &audit, const core::Clock &clock, bool kiosk)
    : m_store(store)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
    , m_kiosk(kiosk)
{ }

bool RecordDocumentService::mayWrite(
    const auth::SessionUser &user, const core::Resident &resident, core::RecordDocType type) const
{
    if (m_kiosk || !auth::inScope(user, resident)) {
        return false;
    }
    if (type == core::RecordDocType::MoneyAgreement || type == core::RecordDocType::PowerOfAttorney) {
        return auth::isContactPerson(user, resident)
            || (user.role == core::StaffRole::UnitManager && user.unitIds.contains(resident.unitId));
    }
    return true;
}

RecordDocumentService::Outcome RecordDocumentService::checkReplaces(core::RecordDocument &document)
{
    const auto existing = store::RecordDocumentRepository(m_store.db()).forResident(document.residentId, document.type);
    if (!existing) {
        return problem(Problem::StoreFailed, existing.error().message);
    }
    const QList<core::RecordDocument> current = core::currentVersions(existing.value());
    if (!core::isVersioned(document.type) && !document.replaces.isEmpty()) {
        return problem(Problem::Stale, u"this kind of document has no versions"_s);
    }
    QSet<core::Id> series;
    for (const core::Id &id : std::as_const(document.replaces)) {
        const auto found = std::find_if(
            current.cbegin(), current.cend(), [&](const core::RecordDocument &d) { return d.meta.id == id; });
        if (found == current.cend()) {
            return problem(Problem::Stale, u"the version replaced is not a current version"_s);
        }
        series.insert(found->seriesId);
        document.seriesId = found->seriesId;
    }
    if (core::isSingleton(document.type) && document.replaces.size() != current.size()) {
        return problem(Problem::Stale, u"a new version must replace every current version"_s);
    }
    if (!core::isSingleton(document.type) && series.size() > 1) {
        return problem(Problem::Stale, u"one version replaces versions of one document only"_s);
    }
    return {};
}

RecordDocumentService::Outcome RecordDocumentService::save(const auth::SessionUser &user, core::RecordDocument document)
{
    const auto resident = m_master.resident(document.residentId);
    if (!resident || !mayWrite(user, resident.value(), document.type)) {
        return problem(Problem::NotAllowed, u"the user may not write this document for this resident"_s);
    }
    const QDate today = core::careDate(m_clock.nowMs());
    if (auto problems = core::checkDocument(document.type, document.fields, today); !problems.isEmpty()) {
        Outcome outcome = problem(Problem::Invalid, u"the document breaks its rules"_s);
        outcome.problems = problems;
        return outcome;
    }
    if (Outcome stale = checkReplaces(document); !stale) {
        return stale;
    }
    core::JournalEntry entry = models::journalEntryBy(
        user, document.residentId, today, core::JournalCategory::Document, core::documentJournalText(document));
    const core::Id unitId = resident.value().unitId;
    QList<auth::AuditedWrite> writes { { u"write.record_document"_s, document.residentId, unitId,
        core::toCode(document.type), [&](store::DeviceStore &store) {
            document.meta = store.stamper().stamp(user.staffId);
            if (document.replaces.isEmpty()) {
                document.seriesId = document.meta.id;
            }
            return store::RecordDocumentRepository(store.db()).add(document);
        } } };
    if (!entry.text.isEmpty()) {
        writes.append(models::journalWrite(user, entry, unitId));
    }
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    Outcome outcome;
    outcome.documentId = document.meta.id;
    return outcome;
}
