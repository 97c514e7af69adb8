// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/casearchive.h"

#include "app/core/caretime.h"
#include "app/core/enums.h"
#include "app/core/plan.h"
#include "app/core/signing.h"
#include "app/report/archiveconsents.h"
#include "app/report/journalcopy.h"
#include "app/store/caseclosurerepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"
#include "app/store/signingrepository.h"

#include <QDateTime>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::report {
namespace {

using S = FlowParagraph::Style;

QString day(const QDate &date)
{
    return date.isValid() ? date.toString(u"yyyy-MM-dd"_s) : u"–"_s;
}

} // namespace

CaseArchive::CaseArchive(store::Database &db, DocFieldLabel label)
    : m_db(db)
    , m_parts { [label](store::Database &d, const core::Id &id) { return coverSheet(d, id, label); },
        &CaseArchive::decisions, &CaseArchive::plan,
        [](store::Database &d, const core::Id &id) { return JournalCopy(d).section(id, {}); },
        &CaseArchive::signingLists, &CaseArchive::documents }
{
    using T = core::RecordDocType;
    for (const T type : { T::LifeStory, T::PowerOfAttorney, T::MoneyAgreement, T::FallReport, T::FallChecklist }) {
        m_parts.append([type, label](store::Database &d, const core::Id &id) {
            return ArchiveDocuments(d, label).section(id, type);
        });
    }
    m_parts.append([](store::Database &d, const core::Id &id) -> Result<FlowSection> {
        // Each consent's state on the closing day (today while the case is open).
        const auto closure = store::CaseClosureRepository(d).closure(id);
        if (!closure) {
            return closure.error();
        }
        return archiveparts::consentRegister(d, id, closure.value() ? closure.value()->closedOn : core::careToday());
    });
    m_parts.append(&archiveparts::releases);
}

void CaseArchive::addPart(Part part)
{
    m_parts.append(std::move(part));
}

Result<FlowDocument> CaseArchive::document(const core::Id &residentId, const QString &printedBy, qint64 nowMs)
{
    auto header
        = recordPageHeader(m_db, residentId, u"Genomförandeakt för arkivet"_s, printedBy, nowMs, u"Hela akten"_s);
    if (!header) {
        return header.error();
    }
    QList<FlowSection> sections;
    for (const Part &part : std::as_const(m_parts)) {
        auto section = part(m_db, residentId);
        if (!section) {
            return section.error();
        }
        sections.append(section.value());
    }
    return FlowDocument(header.value(), sections);
}

Result<FlowSection> CaseArchive::coverSheet(store::Database &db, const core::Id &residentId, const DocFieldLabel &label)
{
    const store::MasterDataRepository master(db);
    const auto resident = master.resident(residentId);
    if (!resident) {
        return resident.error();
    }
    const core::Resident &r = resident.value();
    FlowSection section { u"Försättsblad"_s, {}, {} };
    section.blocks.append({ { S::Subheading, r.displayName() },
        { S::Body,
            u"Personnummer: %1\nRum: %2\nInflyttad: %3\nStällföreträdare: %4"_s.arg(r.personalNumber, r.room,
                day(r.movedIn), r.representative.isEmpty() ? u"ingen"_s : r.representative) } });
    const auto closure = store::CaseClosureRepository(db).closure(residentId);
    if (!closure) {
        return closure.error();
    }
    if (closure.value()) {
        const core::CaseClosure &c = *closure.value();
        QString why = core::labelSv(c.reason);
        if (!c.reasonText.isEmpty()) {
            why += u": "_s + c.reasonText;
        }
        section.blocks.append({ { S::Subheading, u"Ärendet avslutat %1"_s.arg(day(c.closedOn)) },
            { S::Body, u"Skäl: "_s + why }, { S::Meta, u"Slutanteckningen finns i den sociala journalen."_s } });
    } else {
        section.blocks.append({ { S::Subheading, u"Ärendet är inte avslutat."_s } });
    }
    // The unit's own part of the cover sheet: its latest version, then the versions it replaced.
    const auto unitPart = ArchiveDocuments(db, label).coverSheetBlocks(residentId);
    if (!unitPart) {
        return unitPart.error();
    }
    section.blocks.append(unitPart.value());
    return section;
}

Result<FlowSection> CaseArchive::decisions(store::Database &db, const core::Id &residentId)
{
    const auto list = store::MasterDataRepository(db).decisions(residentId);
    if (!list) {
        return list.error();
    }
    FlowSection section { u"Beslut och insatser"_s, {}, u"Inga beslut."_s };
    for (const core::Decision &d : list.value()) {
        FlowBlock block { { S::Subheading,
                              u"Beslut %1 (%2), gäller %3 – %4"_s.arg(day(d.decidedOn), core::labelSv(d.law),
                                  day(d.validFrom), d.validTo ? day(*d.validTo) : u"tills vidare"_s) },
            { S::Meta, u"Fattat av "_s + d.decidedBy }, { S::Body, u"Mål: "_s + d.goals },
            { S::Body, u"Uppdrag: "_s + d.assignment } };
        for (const core::Insats &i : d.insatser) {
            block.append({ S::Note, u"%1 (%2). %3"_s.arg(i.title, i.legalReference, i.scope) });
        }
        section.blocks.append(block);
    }
    return section;
}

Result<FlowSection> CaseArchive::plan(store::Database &db, const core::Id &residentId)
{
    const auto revisions = store::PlanRepository(db).revisions(residentId);
    if (!revisions) {
        return revisions.error();
    }
    FlowSection section { u"Genomförandeplan"_s, {}, u"Ingen fastställd plan."_s };
    for (const core::PlanRevision &p : revisions.value()) {
        if (p.status != core::PlanStatus::Established) {
            continue;
        }
        section.blocks.append({ { S::Subheading,
            u"Fastställd %1, nästa uppföljning %2"_s.arg(day(p.establishedOn), day(p.nextFollowUp)) } });
        for (const core::PlanNeed &need : p.needs) {
            FlowBlock block { { S::Body, u"%1 · Mål: %2"_s.arg(need.icfCode, need.goal) } };
            for (const core::PlanActivity &a : need.activities) {
                block.append(
                    { S::Note, u"%1\nHur: %2\nNär: %3\nAv vem: %4"_s.arg(a.description, a.how, a.when, a.byWhom) });
            }
            section.blocks.append(block);
        }
    }
    return section;
}

Result<FlowSection> CaseArchive::signingLists(store::Database &db, const core::Id &residentId)
{
    const store::SigningRepository signing(db);
    const auto all = signing.signatures(
        residentId, QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), QDateTime::currentDateTimeUtc().addYears(50));
    const auto retractions = signing.retractions(residentId);
    if (!all || !retractions) {
        return all ? retractions.error() : all.error();
    }
    QSet<core::Id> retracted;
    for (const core::SignatureRetraction &r : retractions.value()) {
        retracted.insert(r.signatureId);
    }
    // One block per care day: each signature as the list showed it.
    QMap<QDate, QStringList> byDay;
    for (const core::Signature &s : all.value()) {
        const QDateTime at = s.plannedFor.toTimeZone(core::careTimeZone());
        QString line = at.toString(u"HH.mm"_s) + u' '
            + (s.outcome == core::SignatureOutcome::Done ? u"utförd"_s : u"ej utförd: "_s + s.reason);
        if (s.late) {
            line += u" (signerad i efterhand)"_s;
        }
        if (retracted.contains(s.meta.id)) {
            line += u" (återkallad)"_s;
        }
        byDay[at.date()].append(line);
    }
    FlowSection section { u"Signeringslistor"_s, {}, u"Inga signeringar."_s };
    for (auto it = byDay.cbegin(); it != byDay.cend(); ++it) {
        section.blocks.append({ { S::Subheading, day(it.key()) }, { S::Body, it.value().join(u"; "_s) } });
    }
    return section;
}

Result<FlowSection> CaseArchive::documents(store::Database &db, const core::Id &residentId)
{
    const auto list = store::MasterDataRepository(db).documents(residentId);
    if (!list) {
        return list.error();
    }
    auto lines = ArchiveDocuments(db, {}).registerLines(residentId);
    if (!lines) {
        return lines.error();
    }
    // The master data's documents and those registered on the tablet, in the order of their dates.
    for (const core::DocumentRecord &d : list.value()) {
        lines.value().append({ d.date,
            u"%1 · %2 · %3 (%4)"_s.arg(day(d.date), d.kind, d.title, d.received ? u"inkommen"_s : u"upprättad"_s) });
    }
    std::stable_sort(
        lines.value().begin(), lines.value().end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    FlowSection section { u"Handlingar"_s, {}, u"Inga registrerade handlingar."_s };
    for (const auto &line : std::as_const(lines.value())) {
        section.blocks.append({ { S::Body, line.second } });
    }
    return section;
}

} // namespace akten::report
