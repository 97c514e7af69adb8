// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demodocuments.h"

#include "app/core/caretime.h"
#include "app/demo/demoids.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace akten::demo {
namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

/** Appends a document written by `author` on `day` at `hour`, and the journal entry it brings (none for a cover). */
core::RecordDocument &add(DemoData &data, DemoIds &ids, const core::Resident &resident, const core::Id &author,
    const QDate &day, int hour, core::RecordDocType type, const QJsonObject &fields,
    const core::RecordDocument *replaces = nullptr)
{
    core::RecordDocument d;
    d.meta = ids.meta(author, QDateTime(day, QTime(hour, 15), core::careTimeZone()));
    d.residentId = resident.id;
    d.type = type;
    d.fields = fields;
    d.seriesId = replaces ? replaces->seriesId : d.meta.id;
    if (replaces) {
        d.replaces = { replaces->meta.id };
    }
    data.recordDocuments.append(d);
    const QString text = core::documentJournalText(d);
    if (!text.isEmpty()) {
        core::JournalEntry entry;
        entry.meta = ids.meta(author, QDateTime(day, QTime(hour, 16), core::careTimeZone()));
        entry.residentId = resident.id;
        entry.eventDate = day;
        entry.category = core::JournalCategory::Document;
        entry.text = text;
        for (const core::Staff &s : std::as_const(data.staff)) {
            if (s.id == author) {
                entry.authorName = s.firstName + u' ' + s.lastName;
                entry.authorTitle = s.title;
            }
        }
        data.journal.append(entry);
    }
    return data.recordDocuments.last();
}

} // namespace

void addRecordDocuments(DemoData &data, DemoIds &ids, const QDate &today)
{
    using T = core::RecordDocType;
    const core::Resident &margit = data.residents.at(0);
    const core::Resident &gosta = data.residents.at(1);
    const core::Id anna = margit.contactPersonIds.constFirst();
    const core::Id helena = data.staff.constFirst().id; // Björkgården's unit manager
    const core::Id gostasContact = gosta.contactPersonIds.constFirst();

    const core::RecordDocument first = add(data, ids, margit, anna, today.addDays(-110), 10, T::CoverSheet,
        { { u"relatives"_s, u"Dottern Eva Lindqvist, telefon 070-123 45 67."_s },
            { u"nurse"_s, u"Sjuksköterska Karin i hemsjukvården"_s }, { u"language"_s, u"Svenska"_s } });
    add(data, ids, margit, anna, today.addDays(-30), 11, T::CoverSheet,
        { { u"relatives"_s, u"Dottern Eva Lindqvist, telefon 070-123 45 67. Sonen Per bor i Umeå och vill ha brev."_s },
            { u"nurse"_s, u"Sjuksköterska Karin i hemsjukvården"_s },
            { u"case_officer"_s, u"Handläggare Sara på biståndsenheten"_s },
            { u"language"_s, u"Svenska. Hör dåligt på vänster öra: tala lugnt och från höger."_s } },
        &first);
    add(data, ids, margit, anna, today.addDays(-45), 14, T::RegisterEntry,
        { { u"document_type"_s, u"transport_decision"_s }, { u"direction"_s, u"received"_s },
            { u"document_date"_s, iso(today.addDays(-48)) }, { u"counterpart"_s, u"Färdtjänsten i Ekvik kommun"_s },
            { u"summary"_s, u"Färdtjänst beviljad i två år, med rätt till ledsagare."_s } });
    add(data, ids, margit, anna, today.addDays(-88), 13, T::LifeStory,
        { { u"story"_s,
              u"Margit växte upp på en gård utanför Ekvik och var yngst av fem syskon. Hon arbetade i trettio år på "
              "postkontoret i centrum och tycker om att berätta om kunderna där. Hon har sjungit i kyrkokören och "
              "tycker fortfarande om psalmer och visor. Hon vill gärna ha kaffe med en kaka efter maten och läser "
              "lokaltidningen varje morgon."_s },
            { u"consent_by"_s, u"resident"_s }, { u"consent_name"_s, u"Margit Lindqvist"_s },
            { u"consent_how"_s, u"oral"_s }, { u"consent_date"_s, iso(today.addDays(-90)) } });
    add(data, ids, margit, anna, today.addDays(-100), 10, T::PowerOfAttorney,
        { { u"holder"_s, u"Dottern Eva Lindqvist"_s },
            { u"scope"_s, u"Bankärenden och kontakter med Försäkringskassan och Pensionsmyndigheten."_s },
            { u"valid_from"_s, iso(today.addDays(-305)) } });
    add(data, ids, margit, anna, today.addDays(-6), 9, T::FallReport,
        { { u"fall_date"_s, iso(today.addDays(-6)) }, { u"fall_time"_s, u"06:40"_s },
            { u"place"_s, u"Badrummet i Margits rum"_s },
            { u"what_happened"_s,
                u"Margit ringde på larmet. Jag hittade henne sittande på golvet bredvid toaletten. Hon berättade att "
                "hon halkade när hon skulle resa sig."_s },
            { u"injury"_s, u"Ett blåmärke på höger höft. Ingen annan synlig skada."_s }, { u"told_nurse"_s, u"yes"_s },
            { u"told_relative"_s, u"yes"_s },
            { u"actions"_s,
                u"Sjuksköterskan kom och undersökte Margit. Dottern Eva fick veta samma morgon. Halkmatta i "
                "badrummet beställd."_s } });
    add(data, ids, margit, anna, today.addDays(-5), 14, T::FallChecklist,
        { { u"floor"_s, u"yes"_s }, { u"light"_s, u"no"_s },
            { u"light_comment"_s, u"Nattlampan vid sängen fungerar inte. Ny lampa beställd."_s },
            { u"alarm"_s, u"yes"_s }, { u"aids"_s, u"yes"_s }, { u"shoes"_s, u"yes"_s }, { u"bed"_s, u"yes"_s },
            { u"medication"_s, u"yes"_s }, { u"eyesight"_s, u"yes"_s }, { u"night_toilet"_s, u"no"_s },
            { u"night_toilet_comment"_s, u"Margit vill ha hjälp till toaletten på natten. Tas upp i planen."_s } });
    add(data, ids, gosta, gostasContact, today.addDays(-100), 11, T::RegisterEntry,
        { { u"document_type"_s, u"god_man_mandate"_s }, { u"direction"_s, u"received"_s },
            { u"document_date"_s, iso(today.addDays(-104)) },
            { u"counterpart"_s, u"Överförmyndarnämnden i Ekvik kommun"_s },
            { u"summary"_s,
                u"Per Bergström är god man för Gösta: bevaka hans rätt, förvalta hans egendom och sörja för hans "
                "person."_s } });
    // Gösta's cover sheet in conflict: two tablets saved a version from the same one while offline (shown with a
    // notice until someone saves a version that replaces both).
    const core::RecordDocument gostasFirst = add(data, ids, gosta, gostasContact, today.addDays(-60), 10, T::CoverSheet,
        { { u"relatives"_s, u"Sonen Per Bergström är god man, telefon 070-987 65 43."_s },
            { u"language"_s, u"Svenska"_s } });
    add(data, ids, gosta, gostasContact, today.addDays(-4), 9, T::CoverSheet,
        { { u"relatives"_s, u"Sonen Per Bergström är god man, telefon 070-987 65 43."_s },
            { u"language"_s, u"Svenska"_s }, { u"nurse"_s, u"Sjuksköterska Karin i hemsjukvården"_s } },
        &gostasFirst);
    add(data, ids, gosta, anna, today.addDays(-3), 14, T::CoverSheet,
        { { u"relatives"_s, u"Sonen Per Bergström är god man, telefon 070-987 65 43. Dottern Lena bor i Malmö."_s },
            { u"language"_s, u"Svenska"_s } },
        &gostasFirst)
        .meta.deviceId
        = u"demo-tablet-2"_s;
    add(data, ids, gosta, helena, today.addDays(-95), 13, T::MoneyAgreement,
        { { u"parties"_s, u"Gösta Bergström genom god man Per Bergström, och Björkgården"_s },
            { u"scope"_s, u"Personalen tar hand om fickpengar för frisör, kiosk och utflykter."_s },
            { u"amounts"_s,
                u"Högst 800 kronor i kassan. Kvitto för varje inköp. Redovisning till gode mannen varje månad."_s },
            { u"valid_from"_s, iso(today.addDays(-95)) }, { u"signed_by"_s, u"Per Bergström och enhetschef Helena"_s },
            { u"signed_on"_s, iso(today.addDays(-95)) } });
}

} // namespace akten::demo
