// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/journalcopy.h"

#include "app/core/caretime.h"
#include "app/core/enums.h"
#include "app/core/journal.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"

#include <QDateTime>
#include <QMultiHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::report {
namespace {

QString dateText(const QDate &date)
{
    return date.toString(u"yyyy-MM-dd"_s);
}

QString momentText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, core::careTimeZone()).toString(u"yyyy-MM-dd HH:mm"_s);
}

FlowBlock entryBlock(const core::JournalEntry &entry, QList<core::Correction> corrections)
{
    std::sort(corrections.begin(), corrections.end(),
        [](const core::Correction &a, const core::Correction &b) { return a.meta.hlc < b.meta.hlc; });
    const bool corrected = std::any_of(
        corrections.cbegin(), corrections.cend(), [](const core::Correction &c) { return !c.residentObjection; });
    using S = FlowParagraph::Style;
    QString when = dateText(entry.eventDate);
    if (entry.eventTime.isValid()) {
        when += u" kl. "_s + entry.eventTime.toString(u"HH.mm"_s);
    }
    FlowBlock block { { S::Subheading, u"%1 · %2"_s.arg(when, core::labelSv(entry.category)) },
        { S::Meta,
            u"Skrivet av %1, %2, %3"_s.arg(entry.authorName, entry.authorTitle, momentText(entry.meta.wallMs))
                + (entry.interpreterUsed ? u" · tolk användes"_s : QString())
                + (entry.hslRecorded ? u" · även i patientjournalen (HSL)"_s : QString()) } };
    if (corrected) {
        block.append({ S::Meta, u"Ursprunglig lydelse (rättad, står kvar):"_s });
        block.append({ S::Struck, entry.text });
    } else {
        block.append({ S::Body, entry.text });
    }
    for (const core::Correction &c : std::as_const(corrections)) {
        const QString who = u"%1, %2, %3"_s.arg(c.authorName, c.authorTitle, momentText(c.meta.wallMs));
        if (c.residentObjection) {
            block.append({ S::Note, u"Den enskildes invändning (antecknad av %1):\n%2"_s.arg(who, c.text) });
        } else {
            block.append({ S::Note, u"Rättelse av %1. Varför: %2\nRättad lydelse: %3"_s.arg(who, c.reason, c.text) });
        }
    }
    return block;
}

} // namespace

QString JournalPeriod::text() const
{
    if (from && to) {
        return u"Period %1 – %2"_s.arg(dateText(*from), dateText(*to));
    }
    if (from) {
        return u"Från och med %1"_s.arg(dateText(*from));
    }
    if (to) {
        return u"Till och med %1"_s.arg(dateText(*to));
    }
    return u"Hela journalen"_s;
}

QString JournalPeriod::problem() const
{
    if ((from && !from->isValid()) || (to && !to->isValid())) {
        return u"the period's dates are not dates"_s;
    }
    if (from && to && *from > *to) {
        return u"the period starts (%1) after it ends (%2)"_s.arg(dateText(*from), dateText(*to));
    }
    return {};
}

JournalCopy::JournalCopy(store::Database &db)
    : m_db(db)
{ }

Result<FlowSection> JournalCopy::section(const core::Id &residentId, const JournalPeriod &period) const
{
    const store::JournalRepository journal(m_db);
    auto entries = journal.entries(residentId);
    if (!entries) {
        return entries.error();
    }
    auto corrections = journal.corrections(residentId);
    if (!corrections) {
        return corrections.error();
    }
    QMultiHash<core::Id, core::Correction> byEntry;
    for (const core::Correction &c : corrections.value()) {
        byEntry.insert(c.entryId, c);
    }
    QList<core::JournalEntry> chosen;
    for (const core::JournalEntry &e : entries.value()) {
        if ((!period.from || e.eventDate >= *period.from) && (!period.to || e.eventDate <= *period.to)) {
            chosen.append(e);
        }
    }
    // Oldest first, as a journal is read; entries() gives newest first.
    std::reverse(chosen.begin(), chosen.end());
    FlowSection section { u"Social journal"_s, {}, u"Inga anteckningar under perioden."_s };
    for (const core::JournalEntry &e : std::as_const(chosen)) {
        section.blocks.append(entryBlock(e, byEntry.values(e.meta.id)));
    }
    return section;
}

Result<FlowDocument> JournalCopy::document(
    const core::Id &residentId, const JournalPeriod &period, const QString &printedBy, qint64 nowMs) const
{
    if (const QString problem = period.problem(); !problem.isEmpty()) {
        return Error { ErrorCode::InvalidInput, problem };
    }
    auto header = recordPageHeader(m_db, residentId, u"Kopia av social journal"_s, printedBy, nowMs, period.text());
    if (!header) {
        return header.error();
    }
    auto journal = section(residentId, period);
    if (!journal) {
        return journal.error();
    }
    return FlowDocument(header.value(), { journal.value() });
}

Result<PageHeader> recordPageHeader(store::Database &db, const core::Id &residentId, const QString &documentTitle,
    const QString &printedBy, qint64 nowMs, const QString &scope)
{
    const store::MasterDataRepository master(db);
    const auto resident = master.resident(residentId);
    if (!resident) {
        return resident.error();
    }
    QString unitName;
    if (const auto units = master.units()) {
        for (const core::Unit &unit : units.value()) {
            if (unit.id == resident.value().unitId) {
                unitName = unit.name;
            }
        }
    }
    QString who = resident.value().displayName();
    if (!resident.value().personalNumber.isEmpty()) {
        who += u", "_s + resident.value().personalNumber;
    }
    return PageHeader { documentTitle, who, unitName, printedBy, momentText(nowMs), scope };
}

} // namespace akten::report
