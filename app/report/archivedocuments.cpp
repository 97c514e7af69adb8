// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/report/archivedocuments.h"

#include "app/core/caretime.h"
#include "app/store/masterdatarepository.h"
#include "app/store/recorddocumentrepository.h"

#include <QDateTime>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace akten::report {
namespace {

using S = FlowParagraph::Style;
using T = core::RecordDocType;

QString valueText(const core::DocField &field, const QString &value)
{
    if (field.kind == core::DocFieldKind::YesNo) {
        return value == "yes"_L1 ? u"Ja"_s : value == "no"_L1 ? u"Nej"_s : value;
    }
    return field.kind == core::DocFieldKind::Choice ? core::choiceLabelSv(value) : value;
}

} // namespace

ArchiveDocuments::ArchiveDocuments(store::Database &db, DocFieldLabel label)
    : m_db(db)
    , m_label(std::move(label))
{
    if (const auto staff = store::MasterDataRepository(db).staff()) {
        for (const core::Staff &member : staff.value()) {
            m_staff.insert(member.id, member.displayName() + u", "_s + member.title);
        }
    }
}

QString ArchiveDocuments::partTitle(core::RecordDocType type)
{
    switch (type) {
    case T::CoverSheet:
        return u"Försättsblad"_s;
    case T::RegisterEntry:
        return u"Handlingar"_s;
    case T::LifeStory:
        return u"Levnadsberättelse"_s;
    case T::PowerOfAttorney:
        return u"Fullmakter"_s;
    case T::MoneyAgreement:
        return u"Avtal om handhavande av den enskildes medel"_s;
    case T::FallReport:
        return u"Fallrapporter"_s;
    case T::FallChecklist:
        return u"Checklistor för förebyggande av fallolyckor"_s;
    }
    return {};
}

QString ArchiveDocuments::writtenBy(const core::RecordDocument &d) const
{
    const QString at
        = QDateTime::fromMSecsSinceEpoch(d.meta.wallMs, core::careTimeZone()).toString(u"yyyy-MM-dd HH.mm"_s);
    return u"skriven %1 av %2"_s.arg(at, m_staff.value(d.meta.authorId, u"okänd personal"_s));
}

FlowBlock ArchiveDocuments::block(const core::RecordDocument &d, const QString &title) const
{
    FlowBlock block { { S::Subheading, title }, { S::Meta, writtenBy(d) } };
    for (const core::DocField &field : core::docFields(d.type)) {
        const QString value = d.field(field.key).trimmed();
        if (value.isEmpty()) {
            continue;
        }
        // The form's label; a comment is simply one here (the form says it is optional).
        const QString label = field.key.endsWith("_comment"_L1) ? u"Kommentar"_s
            : m_label                                           ? m_label(d.type, field.key)
                                                                : field.key;
        // A question as label ("Vem har fullmakten?") is followed by its answer; a long text starts on its own line.
        const QString separator
            = (label.endsWith(u'?') ? QString() : u":"_s) + (field.kind == core::DocFieldKind::Text ? u"\n"_s : u" "_s);
        block.append({ S::Body, label + separator + valueText(field, value) });
    }
    return block;
}

Result<QList<FlowBlock>> ArchiveDocuments::blocks(const core::Id &residentId, core::RecordDocType type) const
{
    const auto all = store::RecordDocumentRepository(m_db).forResident(residentId, type);
    if (!all) {
        return all.error();
    }
    QList<FlowBlock> out;
    if (!core::isVersioned(type)) {
        for (const core::RecordDocument &d : all.value()) {
            out.append(block(d, type == T::FallReport ? u"Fall %1"_s.arg(d.field(u"fall_date"_s)) : u"Checklista"_s));
        }
        return out;
    }
    // Each series: its current version(s), then what they replaced, newest first (a singleton type is one series).
    const QList<core::RecordDocument> current = core::currentVersions(all.value());
    const auto key = [&](const core::RecordDocument &d) { return core::isSingleton(type) ? core::Id {} : d.seriesId; };
    QList<core::Id> order;
    QSet<core::Id> currentIds;
    for (const core::RecordDocument &c : current) {
        currentIds.insert(c.meta.id);
        if (!order.contains(key(c))) {
            order.append(key(c));
        }
    }
    for (const core::Id &series : std::as_const(order)) {
        QList<core::RecordDocument> earlier;
        for (auto it = all.value().crbegin(); it != all.value().crend(); ++it) {
            if (key(*it) == series && !currentIds.contains(it->meta.id)) {
                earlier.append(*it);
            }
        }
        const auto inSeries = std::count_if(
            current.cbegin(), current.cend(), [&](const core::RecordDocument &c) { return key(c) == series; });
        for (const core::RecordDocument &c : current) {
            if (key(c) == series) {
                // Two current versions: two tablets saved from the same version (a conflict, shown as such).
                FlowBlock b = block(c,
                    inSeries == 1 ? u"Gällande version"_s
                                  : u"Gällande version, en av %1 som sparades samtidigt"_s.arg(inSeries));
                b.insert(2,
                    { S::Meta,
                        earlier.isEmpty() ? u"Inga tidigare versioner."_s
                                          : u"%1 tidigare version%2 finns här nedanför."_s.arg(earlier.size())
                                                .arg(earlier.size() == 1 ? QString() : u"er"_s) });
                out.append(b);
            }
        }
        for (int i = 0; i < earlier.size(); ++i) {
            out.append(block(earlier.at(i), u"Ersatt version %1"_s.arg(earlier.size() - i))); // 1: the first
        }
    }
    return out;
}

Result<FlowSection> ArchiveDocuments::section(const core::Id &residentId, core::RecordDocType type) const
{
    auto list = blocks(residentId, type);
    if (!list) {
        return list.error();
    }
    return FlowSection { partTitle(type), list.value(), u"Inget registrerat."_s };
}

Result<QList<FlowBlock>> ArchiveDocuments::coverSheetBlocks(const core::Id &residentId) const
{
    auto list = blocks(residentId, T::CoverSheet);
    if (list) {
        for (FlowBlock &b : list.value()) {
            b.first().text = u"Enhetens del, "_s + b.first().text.toLower();
        }
    }
    return list;
}

Result<QList<std::pair<QDate, QString>>> ArchiveDocuments::registerLines(const core::Id &residentId) const
{
    const auto all = store::RecordDocumentRepository(m_db).forResident(residentId, T::RegisterEntry);
    if (!all) {
        return all.error();
    }
    QList<std::pair<QDate, QString>> lines;
    for (const core::RecordDocument &d : all.value()) {
        const bool received = d.field(u"direction"_s) == "received"_L1;
        lines.append({ QDate::fromString(d.field(u"document_date"_s), Qt::ISODate),
            u"%1 · %2 · %3 %4 (%5, registrerad i akten). %6"_s.arg(d.field(u"document_date"_s),
                core::choiceLabelSv(d.field(u"document_type"_s)), received ? u"från"_s : u"till"_s,
                d.field(u"counterpart"_s), received ? u"inkommen"_s : u"upprättad"_s,
                d.field(u"summary"_s).simplified()) });
    }
    return lines;
}

} // namespace akten::report
