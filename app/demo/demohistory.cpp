// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demohistory.h"

#include "app/demo/demotexts.h"

#include "app/core/caretime.h"
#include "app/core/consentrules.h"
#include "app/core/occurrences.h"
#include "app/core/releaserules.h"
#include "app/core/signingrules.h"

using namespace Qt::StringLiterals;

namespace akten::demo {
namespace {

constexpr int kHistoryDays = 30;

/** Writes journal entries with the author's name and title as they were at the time. */
class JournalWriter
{
public:
    JournalWriter(DemoData &data, DemoIds &ids)
        : m_data(data)
        , m_ids(ids)
    { }

    void write(const core::Resident &resident, const core::Staff &author, const QDateTime &at, const QDate &eventDate,
        core::JournalCategory category, const QString &text)
    {
        core::JournalEntry entry { m_ids.meta(author.id, at), resident.id, eventDate, category, text,
            author.displayName(), author.title, false };
        if (eventDate == at.toTimeZone(core::careTimeZone()).date()) {
            // Written the same day: the time it happened, a little before it was written.
            const QTime written = at.toTimeZone(core::careTimeZone()).time().addSecs(-15 * 60);
            entry.eventTime = QTime(written.hour(), written.minute() - written.minute() % 5);
        }
        m_data.journal.append(entry);
    }

private:
    DemoData &m_data;
    DemoIds &m_ids;
};

const core::Unit &unitOf(const DemoData &data, const core::Id &id)
{
    for (const core::Unit &unit : data.units) {
        if (unit.id == id) {
            return unit;
        }
    }
    Q_ASSERT_X(false, "unitOf", "unknown unit id");
    return data.units.constFirst();
}

const core::Staff &staffById(const DemoData &data, const core::Id &id)
{
    for (const core::Staff &staff : data.staff) {
        if (staff.id == id) {
            return staff;
        }
    }
    Q_ASSERT_X(false, "staffById", "unknown staff id");
    return data.staff.constFirst();
}

/** The plan revision in force on a day: the newest one established on or before it. */
const core::PlanRevision *planOn(const DemoData &data, const core::Id &residentId, const QDate &day)
{
    const core::PlanRevision *best = nullptr;
    for (const core::PlanRevision &plan : data.plans) {
        if (plan.residentId == residentId && plan.establishedOn <= day && (!best || best->meta.hlc < plan.meta.hlc)) {
            best = &plan;
        }
    }
    return best;
}

void signActivities(DemoData &data, DemoIds &ids, JournalWriter &journal, const core::Resident &resident,
    const QDate &day, const QDateTime &now)
{
    const core::PlanRevision *plan = planOn(data, resident.id, day);
    if (!plan) {
        return;
    }
    const QList<core::Staff> carers = careStaffOf(data, resident.unitId);
    for (const core::Occurrence &o : core::occurrencesOn(*plan, day, unitOf(data, resident.unitId).signingWindow)) {
        if (o.asNeeded) {
            // Now and then during the day, at most twice, never after now.
            for (int n = 0; n < 2 && ids.chance(35); ++n) {
                const QDateTime at(day, QTime(ids.between(9, 19), ids.between(0, 59)), core::careTimeZone());
                if (at > now) {
                    continue;
                }
                const core::Staff &who = ids.pick(carers);
                data.signatures.append({ ids.meta(who.id, at), resident.id, o.activityId, plan->meta.id, at.toUTC(),
                    core::SignatureOutcome::Done, {}, o.delegatedHsl });
            }
            continue;
        }
        if (o.plannedMs + 1'800'000 > now.toMSecsSinceEpoch()) {
            continue; // not yet done: today's later items are still open on the list
        }
        const core::Staff &who = ids.pick(carers);
        const QDateTime signedAt
            = QDateTime::fromMSecsSinceEpoch(o.plannedMs + 60'000LL * ids.between(0, 25), core::careTimeZone());
        core::Signature signature { ids.meta(who.id, signedAt), resident.id, o.activityId, plan->meta.id,
            o.plannedFor(), core::SignatureOutcome::Done, {}, o.delegatedHsl };
        if (ids.chance(3)) {
            const NotDoneText &why = ids.pick(notDoneReasons());
            const QString comment = fill(why.comment, resident.firstName);
            signature.outcome = core::SignatureOutcome::NotDone;
            signature.reasonCode = why.reason;
            signature.reason = core::notDoneReasonText(why.reason, comment);
            journal.write(resident, who, signedAt, day, core::JournalCategory::Deviation,
                core::deviationJournalText(resident.firstName, o, why.reason, comment));
        }
        data.signatures.append(signature);
    }
}

void writeDailyJournal(DemoIds &ids, JournalWriter &journal, const core::Resident &resident,
    const QList<core::Staff> &carers, const QDate &day, const QTimeZone &zone, int dayIndex)
{
    if (ids.chance(55)) {
        const QDateTime when(day, QTime(ids.between(9, 20), ids.between(0, 59)), zone);
        journal.write(resident, ids.pick(carers), when, day, core::JournalCategory::Execution,
            fill(ids.pick(executionTexts()), resident.firstName));
    }
    if (dayIndex % 9 == 4) {
        journal.write(resident, ids.pick(carers), QDateTime(day, QTime(15, 10), zone), day,
            core::JournalCategory::Contact, fill(ids.pick(contactTexts()), resident.firstName));
    }
    if (dayIndex % 13 == 7) {
        journal.write(resident, ids.pick(carers), QDateTime(day, QTime(16, 0), zone), day,
            core::JournalCategory::GoalProgress, fill(ids.pick(goalProgressTexts()), resident.firstName));
    }
}

void writeRecordEvents(
    DemoData &data, JournalWriter &journal, const core::Resident &resident, const QTimeZone &zone, const QDate &today)
{
    for (const core::PlanRevision &plan : data.plans) {
        if (plan.residentId != resident.id || plan.meta.deviceId == u"demo-tablet-2"_s) {
            continue;
        }
        const core::Staff &author = staffById(data, plan.meta.authorId);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(plan.meta.wallMs, zone).addSecs(1800);
        journal.write(resident, author, at, plan.establishedOn, core::JournalCategory::PlanEvent,
            plan.followUp ? u"Genomförandeplanen följdes upp och reviderades tillsammans med %1. Målen "
                            "bedömdes som uppnådda eller delvis uppnådda."_s.arg(resident.firstName)
                          : u"Genomförandeplanen upprättades tillsammans med %1. %1 berättade vad som är "
                            "viktigt i vardagen."_s.arg(resident.firstName));
        if (resident.isChildOn(plan.establishedOn)) {
            journal.write(resident, author, at.addSecs(600), plan.establishedOn,
                core::JournalCategory::ChildInformation,
                u"Jag berättade för %1 med bildstöd vad planen innehåller. %1 pekade på bilderna för cykel "
                "och telefon och sade att det är viktigast. Vi har skrivit in det i planen."_s.arg(resident.firstName));
        }
    }
    if (resident.movedIn >= today.addDays(-kHistoryDays)) {
        const core::Staff &contact = staffById(data, resident.contactPersonIds.constFirst());
        journal.write(resident, contact, QDateTime(resident.movedIn, QTime(16, 0), zone), resident.movedIn,
            core::JournalCategory::InsatsStarted,
            u"Insatsen påbörjades i dag när %1 flyttade in i %2. %1 fick välja var möblerna skulle stå."_s.arg(
                resident.firstName, resident.room.toLower()));
    }
}

void writeDayNote(
    DemoData &data, DemoIds &ids, const core::Resident &resident, const QList<core::Staff> &carers, const QDateTime &at)
{
    const core::Staff &who = ids.pick(carers);
    data.dayNotes.append({ ids.meta(who.id, at), resident.id, fill(ids.pick(dayNoteTexts()), resident.firstName) });
}

} // namespace

QList<core::Staff> careStaffOf(const DemoData &data, const core::Id &unitId)
{
    QList<core::Staff> carers;
    for (const core::Staff &staff : data.staff) {
        if (staff.role == core::StaffRole::CareStaff && staff.unitIds.contains(unitId)) {
            carers.append(staff);
        }
    }
    return carers;
}

void generateHistory(DemoData &data, DemoIds &ids, const QDateTime &now, const QTimeZone &zone)
{
    const QDate today = now.date();
    JournalWriter journal(data, ids);
    for (const core::Resident &resident : std::as_const(data.residents)) {
        const QList<core::Staff> carers = careStaffOf(data, resident.unitId);
        writeRecordEvents(data, journal, resident, zone, today);
        for (int d = kHistoryDays; d >= 0; --d) {
            const QDate day = today.addDays(-d);
            signActivities(data, ids, journal, resident, day, now);
            if (d > 0) {
                writeDailyJournal(ids, journal, resident, carers, day, zone, d);
            }
            if (d > 0 && d <= 5 && ids.chance(40)) {
                writeDayNote(data, ids, resident, carers, QDateTime(day, QTime(14, 45), zone));
            }
        }
        // A few notes from 75 to 89 days ago, so the review queue ("Daganteckningar som snart raderas") has work.
        for (const int age : { 76, 83, 88 }) {
            const QDate day = today.addDays(-age);
            if (ids.chance(30) && (!resident.movedIn.isValid() || resident.movedIn <= day)) {
                writeDayNote(data, ids, resident, carers, QDateTime(day, QTime(20, 30), zone));
                if (age == 88 && ids.chance(50)) { // the kontaktman read it on day 80: nothing to move
                    const core::DayNote &note = data.dayNotes.constLast();
                    data.dayNoteReviews.append({ ids.meta(resident.contactPersonIds.constFirst(),
                                                     QDateTime(day.addDays(80), QTime(9, 0), zone)),
                        note.meta.id, resident.id, core::DayNoteReviewOutcome::Nothing });
                }
            }
        }
    }
    // Two corrections (one is the resident's objection) and two retracted signatures.
    for (int n = 0; n < 2 && data.journal.size() > 40; ++n) {
        const core::JournalEntry &entry = data.journal.at(17 + 20 * n);
        const core::Resident *resident = nullptr;
        for (const core::Resident &r : std::as_const(data.residents)) {
            if (r.id == entry.residentId) {
                resident = &r;
            }
        }
        const core::Staff &author = staffById(data, entry.meta.authorId);
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(entry.meta.wallMs, zone).addDays(1);
        data.corrections.append({ ids.meta(author.id, at), entry.residentId, entry.meta.id,
            n == 0 ? u"Rättelse: händelsen inträffade på eftermiddagen, inte på förmiddagen."_s
                   : u"%1 anser att anteckningen inte stämmer och säger att %1 själv valde att stanna på rummet."_s.arg(
                       resident ? resident->firstName : QString()),
            n == 0 ? u"Fel tid angavs"_s : u"Den enskildes invändning"_s, n == 1, author.displayName(), author.title });
    }
    for (int n = 0; n < 2 && data.signatures.size() > 500; ++n) {
        const core::Signature &signature = data.signatures.at(200 + 250 * n);
        data.retractions.append(
            { ids.meta(signature.meta.authorId, QDateTime::fromMSecsSinceEpoch(signature.meta.wallMs + 600000, zone)),
                signature.meta.id, signature.residentId,
                core::retractionReasonText(core::RetractionReason::WrongTime,
                    u"jag signerade av misstag, insatsen görs av kvällspersonalen"_s),
                core::RetractionReason::WrongTime });
    }
    // A double signature: the second resident's latest insats was also signed on another tablet, by a colleague
    // who had not seen the first (both kept; the signing list says "Signerad 2 gånger").
    if (data.residents.size() > 1) {
        const core::Id second = data.residents.at(1).id;
        for (auto it = data.signatures.crbegin(); it != data.signatures.crend(); ++it) {
            if (it->residentId == second && it->outcome == core::SignatureOutcome::Done) {
                core::Signature twice = *it;
                const core::Resident &resident = data.residents.at(1);
                const QList<core::Staff> carers = careStaffOf(data, resident.unitId);
                const core::Staff &colleague
                    = carers.constFirst().id == it->meta.authorId ? carers.constLast() : carers.constFirst();
                twice.meta = ids.meta(colleague.id, QDateTime::fromMSecsSinceEpoch(it->meta.wallMs + 240'000, zone));
                twice.meta.deviceId = u"demo-tablet-2"_s;
                data.signatures.append(twice);
                break;
            }
        }
    }
    for (const core::ReleaseRecord &release : std::as_const(data.releases)) {
        for (const core::Resident &resident : std::as_const(data.residents)) {
            if (resident.id == release.residentId) {
                journal.write(resident, staffById(data, release.meta.authorId),
                    QDateTime::fromMSecsSinceEpoch(release.meta.wallMs + 60000, zone), release.releasedOn,
                    core::JournalCategory::Release,
                    u"Kopia lämnades ut till %1. Kopian omfattar: %2. Mottagaren identifierades och "
                    "handlingarna granskades före utlämnandet."_s.arg(release.recipient, release.covers));
            }
        }
    }
    // The journal entries the register and the releases write (ConsentService, ReleaseService), in their words.
    for (const core::ReleaseEvent &decision : std::as_const(data.releaseEvents)) {
        if (decision.stage != core::ReleaseStage::Decision) {
            continue;
        }
        const auto request = std::find_if(data.releaseEvents.cbegin(), data.releaseEvents.cend(),
            [&](const core::ReleaseEvent &e) { return e.meta.id == decision.requestId; });
        const core::Staff &manager = staffById(data, decision.meta.authorId);
        for (const core::Resident &resident : std::as_const(data.residents)) {
            if (resident.id == decision.residentId) {
                journal.write(resident, manager, QDateTime::fromMSecsSinceEpoch(decision.meta.wallMs + 60000, zone),
                    decision.decidedOn, core::JournalCategory::Release,
                    core::releaseJournalText(*request, decision, u"%1, %2"_s.arg(manager.firstName, manager.title)));
            }
        }
    }
    for (const core::ConsentEvent &consent : std::as_const(data.consents)) {
        const auto revoked = std::find_if(data.consents.cbegin(), data.consents.cend(),
            [&](const core::ConsentEvent &c) { return c.meta.id == consent.revokesId; });
        for (const core::Resident &resident : std::as_const(data.residents)) {
            if (resident.id == consent.residentId) {
                journal.write(resident, staffById(data, consent.meta.authorId),
                    QDateTime::fromMSecsSinceEpoch(consent.meta.wallMs + 60000, zone), consent.validFrom,
                    core::JournalCategory::Consent,
                    consent.action == core::ConsentAction::Given || revoked == data.consents.cend()
                        ? core::consentJournalText(consent)
                        : core::revocationJournalText(consent, *revoked));
            }
        }
    }
}

} // namespace akten::demo
