// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demogenerator.h"

#include "app/core/caretime.h"
#include "app/core/consentrules.h"
#include "app/core/rules.h"
#include "app/demo/demodocuments.h"
#include "app/demo/demohistory.h"
#include "app/demo/demoids.h"
#include "app/demo/demonames.h"
#include "app/demo/demoplans.h"
#include "app/demo/demoquality.h"
#include "app/demo/demotexts.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace akten::demo {
namespace {

// Residents whose plan deadlines the overview shows first: a follow-up due soon, and one overdue (both adults).
constexpr int kFollowUpSoon = 2;
constexpr int kFollowUpOverdue = 7;

QDateTime at(const QDate &day, int hour, int minute = 0)
{
    return QDateTime(day, QTime(hour, minute), core::careTimeZone());
}

/** The follow-up with the resident that led to a revision: goals mostly met, the plan revised. */
core::PlanFollowUpRecord followUpRecord(const core::PlanRevision &plan, const QDate &date, const core::Id &author)
{
    core::PlanFollowUpRecord f;
    f.meta.authorId = author; // stamped last (stampFollowUps): the ids drawn for the rest of the demo stay the same
    f.residentId = plan.residentId;
    f.revisionId = plan.meta.id;
    f.date = date;
    for (int n = 0; n < plan.needs.size(); ++n) {
        f.goals.append({ plan.needs.at(n).id, plan.needs.at(n).goal,
            n % 3 == 0 ? core::GoalResult::PartlyAchieved : core::GoalResult::Achieved,
            n % 3 == 0 ? u"Går bättre än förra halvåret, men inte varje dag."_s : QString() });
    }
    f.benefit = core::FollowUpAnswer::Yes;
    f.value = core::FollowUpAnswer::Yes;
    f.quality = core::FollowUpAnswer::Partly;
    f.outcome = core::FollowUpOutcome::Revise;
    return f;
}

void addStaff(DemoData &data, DemoIds &ids, const QDateTime &epoch)
{
    const core::Id bjorkgarden = data.units.at(0).id;
    const core::Id solrosen = data.units.at(1).id;
    for (const DemoPerson &person : demoStaff()) {
        core::Staff staff { ids.id(epoch.toMSecsSinceEpoch()), QString::fromUtf16(person.firstName),
            QString::fromUtf16(person.lastName), QString::fromUtf16(person.title), person.role, {}, true };
        staff.unitIds = person.bothUnits
            ? QList<core::Id> { bjorkgarden, solrosen }
            : QList<core::Id> { person.unit == DemoUnit::Bjorkgarden ? bjorkgarden : solrosen };
        data.staff.append(staff);
        // Documented in the README: 7-byte UIDs as on MIFARE DESFire EV2 badges, 04DE0000000001 for the first person
        // in the staff list, 04DE0000000002 for the second …; the PIN is 2468 followed by the same two digits.
        const int number = static_cast<int>(data.staff.size());
        const QString uid = u"04DE00000000%1"_s.arg(number, 2, 10, QLatin1Char('0'));
        const QString pin = u"2468%1"_s.arg(number, 2, 10, QLatin1Char('0'));
        data.badges.append({ staff.id, uid, pin });
    }
}

core::Decision makeDecision(DemoIds &ids, const core::Resident &resident, bool lss, bool child)
{
    core::Decision decision;
    decision.id = ids.id(at(resident.movedIn.addDays(-30), 10).toMSecsSinceEpoch());
    decision.residentId = resident.id;
    decision.law = lss ? core::Law::LSS : core::Law::SoL;
    decision.decidedBy = lss ? u"Mats Eriksson, LSS-handläggare"_s : u"Kerstin Öhman, biståndshandläggare"_s;
    decision.decidedOn = resident.movedIn.addDays(-30);
    decision.validFrom = resident.movedIn;
    if (child) {
        decision.validTo = resident.birthDate.addYears(18);
    }
    const qint64 ms = at(decision.decidedOn, 10).toMSecsSinceEpoch();
    if (!lss) {
        decision.goals = u"Att %1 får en trygg och meningsfull vardag med stöd i personlig omvårdnad och att "
                         "behålla sina förmågor så länge som möjligt."_s.arg(resident.firstName);
        decision.assignment = u"Verkställ särskilt boende. Stöd ges i personlig omvårdnad, måltider, tillsyn dygnet "
                              "runt och sociala aktiviteter utifrån genomförandeplanen."_s;
        decision.insatser = { { ids.id(ms), u"Särskilt boende för äldre"_s, u"4 kap. 1 § SoL"_s,
            u"Permanent boende med omvårdnad och tillsyn dygnet runt"_s } };
    } else if (child) {
        decision.goals = u"Att %1 får bo i en trygg miljö, gå i skolan och ha nära kontakt med sin familj."_s.arg(
            resident.firstName);
        decision.assignment = u"Verkställ bostad med särskild service för barn och ungdomar. Samverka med "
                              "vårdnadshavare och skola."_s;
        decision.insatser = { { ids.id(ms), u"Bostad med särskild service för barn och ungdomar"_s, u"9 § 8 LSS"_s,
            u"Boende vardagar, helger hos vårdnadshavare"_s } };
    } else {
        decision.goals = u"Att %1 får leva så självständigt som möjligt med stöd i vardagens aktiviteter."_s.arg(
            resident.firstName);
        decision.assignment = u"Verkställ bostad med särskild service för vuxna. Stödet ska utgå från egna "
                              "önskemål och öka självständigheten."_s;
        decision.insatser = { { ids.id(ms), u"Bostad med särskild service för vuxna"_s, u"9 § 9 LSS"_s,
                                  u"Gruppbostad med personal dygnet runt"_s },
            { ids.id(ms), u"Ledsagarservice"_s, u"9 § 3 LSS"_s, u"Tio timmar per månad"_s } };
    }
    return decision;
}

core::PlanRevision makePlan(DemoIds &ids, const core::Resident &resident, const core::Decision &decision,
    const core::Id &author, const QDate &established, const QList<NeedTemplate> &templates)
{
    core::PlanRevision plan;
    plan.meta = ids.meta(author, at(established, 13));
    plan.residentId = resident.id;
    plan.decisionId = decision.id;
    plan.status = core::PlanStatus::Established;
    plan.establishedOn = established;
    plan.nextFollowUp = core::followUpDueBy(established, resident.birthDate);
    const bool child = resident.isChildOn(established);
    plan.participation.howParticipated = child
        ? u"%1 var med i samtalet med bildstöd. Personalen berättade om planen med bilder och frågade vad %1 "
          "tycker är viktigt. Vårdnadshavaren var med."_s.arg(resident.firstName)
        : u"%1 deltog i planeringen tillsammans med kontaktmannen och berättade vad som är viktigt i vardagen."_s.arg(
            resident.firstName);
    plan.participation.views = child
        ? u"%1 sade att cykeln och att ringa hem är viktigast. Vårdnadshavaren vill bli informerad om skolan."_s.arg(
            resident.firstName)
        : u"%1 vill bestämma själv över sin morgon och vill inte bli väckt före klockan sju."_s.arg(resident.firstName);
    plan.participation.relativesMayBeInformed = !resident.protectedIdentity;
    plan.participation.easyReadVersionNeeded = decision.law == core::Law::LSS;
    const int needCount = std::min(int(templates.size()), ids.between(3, 5));
    const int offset = ids.between(0, int(templates.size()) - 1);
    for (int i = 0; i < needCount; ++i) {
        const NeedTemplate &t = templates.at((offset + i) % templates.size());
        core::PlanNeed need { ids.id(plan.meta.wallMs), t.lifeArea, QString::fromUtf16(t.icfCode), t.grade,
            fill(t.resources, resident.firstName), fill(t.goal, resident.firstName), {} };
        for (const ActivityTemplate &a : t.activities) {
            core::PlanActivity activity;
            activity.id = ids.id(plan.meta.wallMs);
            activity.description = fill(a.description, resident.firstName);
            activity.how = fill(a.how, resident.firstName);
            activity.when = fill(a.when, resident.firstName);
            activity.times = a.times;
            activity.weekdays = a.weekdays;
            activity.asNeeded = a.asNeeded;
            activity.byWhom = fill(a.byWhom, resident.firstName);
            activity.mode = a.mode;
            activity.insatsId = decision.insatser.constFirst().id;
            activity.delegatedHsl = a.delegatedHsl;
            need.activities.append(activity);
        }
        plan.needs.append(need);
    }
    return plan;
}

void addResidentRecords(DemoData &data, DemoIds &ids, const QDate &today)
{
    static const QList<std::pair<const char16_t *, const char16_t *>> documentKinds {
        { u"Beslut om färdtjänst", u"Beslut om färdtjänst från regionen" },
        { u"Fullmakt", u"Fullmakt för anhörig att sköta bankärenden" },
        { u"Avtal om handhavande av annans medel", u"Avtal om hantering av fickpengar" },
        { u"Fallrapport", u"Fallrapport, fall i badrummet utan skada" },
        { u"Checklista för förebyggande av fallolyckor", u"Checklista fallprevention" },
        { u"Levnadsberättelse", u"Levnadsberättelse skriven tillsammans med familjen" },
    };
    for (int i = 0; i < demoResidents().size(); ++i) {
        const DemoResidentSeed &seed = demoResidents().at(i);
        const bool lss = seed.unit == DemoUnit::Solrosen;
        core::Resident resident;
        resident.unitId = data.units.at(lss ? 1 : 0).id;
        resident.firstName = QString::fromUtf16(seed.firstName);
        resident.lastName = QString::fromUtf16(seed.lastName);
        resident.birthDate = today.addYears(-seed.ageYears).addDays(-ids.between(20, 340));
        resident.personalNumber = fictitiousPersonalNumber(resident.birthDate, ids.between(0, 9), seed.female);
        resident.room = lss ? u"Lägenhet %1"_s.arg(i - 13) : u"Rum %1"_s.arg(i + 1);
        resident.protectedIdentity = seed.protectedIdentity;
        resident.representative = QString::fromUtf16(seed.representative);
        // One resident moved in 20 days ago: the first plan is due within three weeks.
        resident.movedIn = i == 3 ? today.addDays(-20) : today.addDays(-ids.between(120, 2000));
        if (i == kFollowUpSoon || i == kFollowUpOverdue) {
            resident.movedIn = std::min(resident.movedIn, today.addDays(-230)); // room for a plan over 6 months old
        }
        resident.id = ids.id(at(resident.movedIn.addDays(-40), 9).toMSecsSinceEpoch());
        const QList<core::Staff> carers = careStaffOf(data, resident.unitId);
        resident.contactPersonIds = { carers.at(i % carers.size()).id };
        if (lss) {
            resident.contactPersonIds.append(carers.at((i + 1) % carers.size()).id);
        }
        data.residents.append(resident);

        const bool child = resident.isChildOn(today);
        const core::Decision decision = makeDecision(ids, resident, lss, child);
        data.decisions.append(decision);
        for (int d = 0; d < ids.between(1, 3); ++d) {
            const auto &[kind, title] = documentKinds.at((i + d) % documentKinds.size());
            data.documents.append({ ids.id(at(today.addDays(-ids.between(5, 200)), 11).toMSecsSinceEpoch()),
                resident.id, QString::fromUtf16(kind), QString::fromUtf16(title), today.addDays(-ids.between(5, 200)),
                d % 2 == 0, resident.contactPersonIds.at(0) });
        }
    }
}

void addPlans(DemoData &data, DemoIds &ids, const QDate &today)
{
    for (int i = 0; i < data.residents.size(); ++i) {
        const core::Resident &resident = data.residents.at(i);
        const core::Decision &decision = data.decisions.at(i);
        const bool lss = decision.law == core::Law::LSS;
        const auto &templates = !lss ? elderlyNeeds() : resident.isChildOn(today) ? lssChildNeeds() : lssAdultNeeds();
        const core::Id author = resident.contactPersonIds.constFirst();
        QDate established = std::max(resident.movedIn.addDays(ids.between(8, 18)), today.addDays(-400));
        // The deadlines overview has something to show: one follow-up due in nine days, one twelve days overdue.
        if (i == kFollowUpSoon) {
            established = today.addDays(9).addMonths(-6);
        } else if (i == kFollowUpOverdue) {
            established = today.addDays(-12).addMonths(-6);
        }
        core::PlanRevision plan
            = makePlan(ids, resident, decision, author, std::min(established, today.addDays(-8)), templates);
        data.plans.append(plan);
        const bool keepDeadline = i == kFollowUpSoon || i == kFollowUpOverdue;
        // Every other plan due within two weeks (or earlier) has been followed up: only the two above are late or near.
        if (!keepDeadline && (plan.nextFollowUp < today.addDays(14) || i % 4 == 1)) {
            // Followed up and revised: same needs and activities, new revision with the parent named.
            core::PlanRevision followUp = plan;
            // 41 to 100 days ago, spread over the residents, so that even a child's next follow-up (4 months on) is
            // not yet due and the overview's dates differ.
            const QDate date
                = std::max(std::min(plan.nextFollowUp, today.addDays(-31)), today.addDays(-100 + (i * 13) % 60));
            followUp.meta = ids.meta(author, at(date, 14));
            followUp.parentIds = { plan.meta.id };
            followUp.establishedOn = date;
            followUp.nextFollowUp = core::followUpDueBy(date, resident.birthDate);
            core::FollowUp result { date, u"Stödet hjälper och %1 känner sig trygg."_s.arg(resident.firstName),
                u"%1 säger att vardagen fungerar bättre nu."_s.arg(resident.firstName),
                u"%1 är nöjd med hur stödet ges."_s.arg(resident.firstName), {} };
            for (int n = 0; n < followUp.needs.size(); ++n) {
                result.goalResults.append({ followUp.needs.at(n).id,
                    n % 3 == 0 ? core::GoalResult::PartlyAchieved : core::GoalResult::Achieved });
            }
            followUp.followUp = result;
            data.plans.append(followUp);
            data.followUps.append(followUpRecord(plan, date, author));
        }
        if (i == 5) {
            // An unresolved conflict: a second tablet revised the same parent while offline.
            core::PlanRevision other = data.plans.constLast();
            core::PlanRevision parent = other;
            other.meta = ids.meta(resident.contactPersonIds.constFirst(), at(today.addDays(-3), 15));
            other.meta.deviceId = u"demo-tablet-2"_s;
            other.parentIds = { parent.meta.id };
            other.participation.views
                += u" Vid samtalet i går önskade %1 att promenaden flyttas till förmiddagen."_s.arg(resident.firstName);
            data.plans.append(other);
            core::PlanRevision mine = parent;
            mine.meta = ids.meta(careStaffOf(data, resident.unitId).constLast().id, at(today.addDays(-2), 10));
            mine.parentIds = { parent.meta.id };
            mine.participation.views
                += u" %1 vill ha duschen på kvällen i stället för på morgonen."_s.arg(resident.firstName);
            data.plans.append(mine);
        }
    }
}

/** A consent given as the register notes it: by the resident, or by their representative ("Per Bergström, god man"). */
core::ConsentEvent consentOf(const core::Resident &resident, const core::RecordMeta &meta, const QString &recipient,
    const QString &scope, const QDate &from, const QDate &to)
{
    core::ConsentEvent c { meta, resident.id, core::ConsentAction::Given, recipient, scope, from, to,
        u"%1 %2"_s.arg(resident.firstName, resident.lastName) };
    c.givenByKind = core::ConsentGiver::Resident;
    c.form = core::ConsentForm::Written;
    if (const qsizetype comma = resident.representative.indexOf(u", "_s); comma > 0) {
        c.givenByKind = core::ConsentGiver::Representative;
        c.givenBy = resident.representative.left(comma);
        c.mandate = resident.representative.mid(comma + 2);
    }
    return c;
}

void addConsentsAndReleases(DemoData &data, DemoIds &ids, const QDate &today)
{
    const QString nurse = u"sjuksköterskan i kommunens hälso- och sjukvård"_s;
    const QString healthData = u"journalanteckningar om förändrat hälsotillstånd"_s;
    for (int i = 0; i < data.residents.size(); i += 3) {
        const core::Resident &resident = data.residents.at(i);
        const QDate given = today.addDays(-ids.between(40, 200));
        core::ConsentEvent c = consentOf(resident, ids.meta(resident.contactPersonIds.constFirst(), at(given, 10)),
            nurse, healthData, given, given.addYears(1).addDays(-1));
        c.coversPlan = true;
        data.consents.append(c);
    }
    // One consent that has run out (the register shows it as such).
    const core::Resident &first = data.residents.at(0);
    const QDate earlier = today.addDays(-430);
    data.consents.append(consentOf(first, ids.meta(first.contactPersonIds.constFirst(), at(earlier, 14)),
        u"arbetsterapeuten i kommunens rehabilitering"_s, u"genomförandeplanens delar om förflyttning och hjälpmedel"_s,
        earlier, earlier.addMonths(6)));
    // A revocation names the consent it revokes; it is oral, noted by the kontaktman.
    const core::Resident &revoker = data.residents.at(6);
    const auto revoked = std::find_if(data.consents.cbegin(), data.consents.cend(),
        [&](const core::ConsentEvent &c) { return c.residentId == revoker.id; });
    const QDate on = today.addDays(-10);
    core::ConsentEvent revocation = consentOf(revoker, ids.meta(revoker.contactPersonIds.constFirst(), at(on, 11)),
        revoked->recipient, revoked->scope, on, {});
    revocation.action = core::ConsentAction::Revoked;
    revocation.validTo = std::nullopt;
    revocation.form = core::ConsentForm::Oral;
    revocation.coversPlan = revoked->coversPlan;
    revocation.revokesId = revoked->meta.id;
    data.consents.append(revocation);
    // The resident's own request for a copy, made to the unit manager, who decided two days later and released it.
    const core::Id manager = data.staff.constFirst().id;
    core::ReleaseEvent request;
    request.meta = ids.meta(manager, at(today.addDays(-16), 15));
    request.residentId = first.id;
    request.requester = u"%1 %2"_s.arg(first.firstName, first.lastName);
    request.requesterKind = core::RequesterKind::Resident;
    request.access = core::ReleaseAccess::Copy;
    request.covers = u"social journal och genomförandeplan, de senaste sex månaderna"_s;
    request.requestedOn = today.addDays(-16);
    core::ReleaseEvent decision;
    decision.meta = ids.meta(manager, at(today.addDays(-14), 13));
    decision.residentId = first.id;
    decision.stage = core::ReleaseStage::Decision;
    decision.requestId = request.meta.id;
    decision.outcome = core::ReleaseOutcome::Released;
    decision.assessment = u"Handlingarna granskades. De innehåller inga uppgifter som kan skada någon annan."_s;
    decision.recipient = request.requester;
    decision.recipientChecked = true;
    decision.recipientCheck = u"känd av personalen, lämnades personligen"_s;
    decision.releasedCovers = request.covers;
    decision.decidedOn = today.addDays(-14);
    data.releaseEvents << request << decision;
    // A release noted before requests and decisions were kept (one row, release_records): it stays readable.
    const core::Resident &older = data.residents.at(2);
    data.releases.append({ ids.meta(manager, at(today.addDays(-200), 13)), older.id, u"den enskilde själv"_s,
        u"genomförandeplanen"_s, today.addDays(-200), true, true });
}

} // namespace

DemoData generateDemoUnit(const QDate &today, const QString &deviceId, quint64 seed, const QTime &now)
{
    DemoIds ids(seed, deviceId);
    DemoData data;
    const QDateTime epoch = at(today.addYears(-3), 8);
    // Björkgården's idle kiosk board names rooms; Solrosen's, a group home where rooms are few and known, initials.
    // Each unit's SAS has added the abbreviations heard in its own corridors to the writing assistant's list.
    data.units = { { ids.id(epoch.toMSecsSinceEpoch()), u"Björkgården"_s, core::UnitKind::SarskiltBoende,
                       u"Ekvik kommun"_s, core::SigningWindow { 30, 60 }, core::BoardLabel::Room,
                       { { u"ÄO"_s, u"äldreomsorgen"_s }, { u"mr"_s, u"matrummet"_s } } },
        { ids.id(epoch.toMSecsSinceEpoch()), u"Solrosen"_s, core::UnitKind::LssGruppbostad, u"Ekvik kommun"_s,
            core::SigningWindow { 30, 90 }, core::BoardLabel::Initials, { { u"DV"_s, u"daglig verksamhet"_s } } } };
    addStaff(data, ids, epoch);
    addResidentRecords(data, ids, today);
    addPlans(data, ids, today);
    addConsentsAndReleases(data, ids, today);
    generateHistory(data, ids, QDateTime(today, now, core::careTimeZone()), core::careTimeZone());
    for (core::PlanFollowUpRecord &f : data.followUps) {
        f.meta = ids.meta(f.meta.authorId, at(f.date, 13, 30));
    }
    addRecordDocuments(data, ids, today); // last: the ids drawn for the rest of the demo stay the same
    addLastYearsQualityReview(data, ids, today);
    return data;
}

} // namespace akten::demo
