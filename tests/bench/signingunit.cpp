// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "tests/bench/signingunit.h"

#include "tests/support/manualclock.h"

#include "app/core/caretime.h"
#include "app/core/enums.h"
#include "app/core/occurrences.h"
#include "app/core/signingrules.h"
#include "app/store/auditlog.h"
#include "app/store/devicestore.h"
#include "app/store/masterdatarepository.h"
#include "app/store/planrepository.h"
#include "app/store/signingrepository.h"
#include "app/store/transaction.h"

#include <QHash>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace akten::bench {
namespace {

constexpr int kCareStaff = 30;
constexpr int kRevisionDays = 91; ///< plans are followed up and revised every quarter
constexpr qint64 kMinuteMs = 60'000;

struct TimedActivity
{
    const char16_t *description;
    int hour;
    int minute;
    bool delegatedHsl;
};

/** 12 timed insatser a day, morning to night; each resident's are shifted by 0, 10 or 20 minutes. */
constexpr TimedActivity kTimed[] = {
    { u"Stöd vid morgonhygien och påklädning", 7, 30, false },
    { u"Frukost: stöd att äta", 8, 0, false },
    { u"Läkemedel morgon", 9, 0, true },
    { u"Promenad eller utevistelse", 10, 0, false },
    { u"Toalettbesök och byte av inkontinensskydd", 11, 30, false },
    { u"Lunch: stöd att äta", 12, 0, false },
    { u"Vila: hjälp att lägga sig", 13, 30, false },
    { u"Trycksårsprofylax: lägesändring", 14, 20, true },
    { u"Eftermiddagskaffe och samtal", 15, 0, false },
    { u"Middag: stöd att äta", 18, 0, false },
    { u"Läkemedel kväll", 20, 0, true },
    { u"Kvällshygien och hjälp att lägga sig", 21, 30, false },
};
constexpr const char16_t *kFirstNames[] = { u"Astrid", u"Bertil", u"Elsa", u"Gunnar", u"Ingrid", u"Karl", u"Margit",
    u"Nils", u"Rut", u"Sven", u"Ulla", u"Åke" };
constexpr const char16_t *kLastNames[]
    = { u"Andersson", u"Berg", u"Eklund", u"Holm", u"Lindqvist", u"Nyström", u"Sandberg", u"Öberg" };

/** Per-mille odds of what happens to a timed occurrence whose time has passed. */
struct Odds
{
    int unsignedMissed;
    int notDone;
    int late;
    int retracted;
    int signedTwice;
};
constexpr Odds kHistoryOdds { 8, 15, 5, 3, 2 };
constexpr Odds kTodayOdds { 90, 20, 10, 15, 8 }; ///< today: enough of every state on Nu and the board

/** A signature or a retraction to write, at its time. */
struct Pending
{
    qint64 ms = 0;
    int order = 0; ///< ties and references: a retraction names the order of its signature
    core::Signature signature;
    bool retraction = false;
    int retracts = -1;
    core::RetractionReason reason = core::RetractionReason::Unspecified;
};

class UnitWriter
{
public:
    UnitWriter(store::DeviceStore &store, test::ManualClock &clock)
        : m_store(store)
        , m_clock(clock)
        , m_random(20261118)
    { }

    Status writeMasterData(SigningUnit &unit, int residents, const QDate &firstDay);
    Status writeDay(SigningUnit &unit, const QDate &day, qint64 cutoffMs, bool today);

private:
    int between(int low, int high) { return low + int(m_random.bounded(quint32(high - low + 1))); }
    bool permille(int odds) { return between(0, 999) < odds; }
    core::RecordMeta stampAt(qint64 ms, const core::Id &author)
    {
        m_clock.set(ms);
        return m_store.stamper().stamp(author);
    }
    Status audit(qint64 ms, const core::Id &author, const core::Id &residentId, const core::Id &unitId,
        const QString &action, const QString &detail);
    Status writePlan(SigningUnit &unit, int index, const QDate &day);
    void occurrenceEvents(const core::Occurrence &o, const core::Id &carer, const core::Id &other, qint64 cutoffMs,
        const Odds &odds, std::vector<Pending> &out);

    store::DeviceStore &m_store;
    test::ManualClock &m_clock;
    QRandomGenerator m_random;
    QHash<core::Id, core::PlanRevision> m_plans; ///< resident → the revision in force
    QHash<core::Id, QList<core::Id>> m_activities; ///< resident → activity ids, kept across revisions
    QHash<core::Id, core::Id> m_decisions;
    QHash<core::Id, int> m_revisions;
    int m_order = 0;
};

Status UnitWriter::audit(qint64 ms, const core::Id &author, const core::Id &residentId, const core::Id &unitId,
    const QString &action, const QString &detail)
{
    core::AuditEvent event;
    event.meta = stampAt(ms, author);
    event.staffRole = u"care_staff"_s;
    event.residentId = residentId;
    event.unitId = unitId;
    event.action = action;
    event.detail = detail;
    auto appended = store::AuditLog(m_store.db()).append(event);
    return appended ? Status {} : Status { appended.error() };
}

Status UnitWriter::writeMasterData(SigningUnit &unit, int residents, const QDate &firstDay)
{
    store::MasterDataRepository master(m_store.db());
    auto &stamper = m_store.stamper();
    unit.unit
        = { stamper.newId(), u"Ekbacken"_s, core::UnitKind::SarskiltBoende, u"Ekvik"_s, {}, core::BoardLabel::Room };
    if (auto s = master.upsertUnit(unit.unit); !s) {
        return s;
    }
    unit.staff.append(
        { stamper.newId(), u"Maria"_s, u"Lund"_s, u"enhetschef"_s, core::StaffRole::UnitManager, { unit.unit.id } });
    for (int i = 0; i < kCareStaff; ++i) {
        unit.staff.append({ stamper.newId(), QString::fromUtf16(kFirstNames[(i + 5) % std::size(kFirstNames)]),
            QString::fromUtf16(kLastNames[i % std::size(kLastNames)]), u"undersköterska"_s, core::StaffRole::CareStaff,
            { unit.unit.id } });
    }
    for (const core::Staff &member : std::as_const(unit.staff)) {
        if (auto s = master.upsertStaff(member); !s) {
            return s;
        }
    }
    for (int i = 0; i < residents; ++i) {
        core::Resident r;
        r.id = stamper.newId();
        r.unitId = unit.unit.id;
        r.firstName = QString::fromUtf16(kFirstNames[i % std::size(kFirstNames)]);
        r.lastName = QString::fromUtf16(kLastNames[(i / std::size(kFirstNames)) % std::size(kLastNames)]);
        r.birthDate = QDate(1928 + i % 20, 1 + i % 12, 1 + i % 28);
        r.personalNumber = r.birthDate.toString(u"yyyyMMdd"_s) + u"-%1"_s.arg(1000 + 37 * i);
        r.room = u"Rum %1"_s.arg(101 + i);
        r.protectedIdentity = i == 17;
        r.contactPersonIds = { unit.staff.at(1 + i % kCareStaff).id };
        r.movedIn = firstDay.addDays(-30 * (1 + i));
        if (auto s = master.upsertResident(r); !s) {
            return s;
        }
        core::Decision decision { stamper.newId(), r.id, core::Law::SoL, u"Handläggare, Ekviks kommun"_s,
            r.movedIn.addDays(-14), r.movedIn, std::nullopt, u"Att känna sig trygg i vardagen."_s,
            u"Särskilt boende med personlig omvårdnad."_s, {} };
        if (auto s = master.upsertDecision(decision); !s) {
            return s;
        }
        m_decisions.insert(r.id, decision.id);
        QList<core::Id> activities;
        for (std::size_t a = 0; a <= std::size(kTimed); ++a) {
            activities.append(stamper.newId());
        }
        m_activities.insert(r.id, activities);
        unit.residents.append(r);
    }
    return {};
}

/** A new revision of the resident's plan, established on `day` at 06:00 by their kontaktman. */
Status UnitWriter::writePlan(SigningUnit &unit, int index, const QDate &day)
{
    const core::Resident &r = unit.residents.at(index);
    const QList<core::Id> &ids = m_activities.value(r.id);
    const auto previous = m_plans.constFind(r.id);
    const int revision = ++m_revisions[r.id];
    core::PlanRevision plan;
    plan.meta = stampAt(core::careInstantMs(day, QTime(6, 0)), r.contactPersonIds.constFirst());
    plan.residentId = r.id;
    plan.decisionId = m_decisions.value(r.id);
    if (previous != m_plans.cend()) {
        plan.parentIds = { previous->meta.id };
    }
    plan.status = core::PlanStatus::Established;
    plan.establishedOn = day;
    plan.nextFollowUp = day.addDays(kRevisionDays);
    plan.participation = { u"%1 deltog i planeringen i sitt rum."_s.arg(r.firstName),
        u"%1 vill klara så mycket som möjligt själv."_s.arg(r.firstName), true, false };
    const int shift = 10 * (index % 3);
    for (int n = 0; n < 4; ++n) {
        core::PlanNeed need { m_store.stamper().newId(), 2 + n, u"d5%1"_s.arg(10 + 10 * n),
            core::ProblemGrade::Moderate, u"%1 kan själv säga vad hen vill."_s.arg(r.firstName),
            u"Att få stöd så att %1 känner sig trygg (revision %2)."_s.arg(r.firstName).arg(revision), {} };
        for (int a = 3 * n; a < 3 * n + 3; ++a) {
            const TimedActivity &t = kTimed[a];
            core::PlanActivity activity;
            activity.id = ids.at(a);
            activity.description = QString::fromUtf16(t.description);
            activity.how
                = u"Jag frågar %1 hur hen vill ha det och låter hen göra det hen kan själv."_s.arg(r.firstName);
            activity.when = u"Varje dag"_s;
            activity.times = { QTime(t.hour, t.minute).addSecs(60 * shift) };
            activity.byWhom = u"Omsorgspersonal"_s;
            activity.delegatedHsl = t.delegatedHsl;
            if (t.delegatedHsl) {
                activity.windowAfterMinutes = 30;
            }
            need.activities.append(activity);
        }
        if (n == 3) {
            core::PlanActivity asNeeded;
            asNeeded.id = ids.constLast();
            asNeeded.description = u"Smärtlindring vid behov"_s;
            asNeeded.when = u"Vid behov"_s;
            asNeeded.asNeeded = true;
            asNeeded.delegatedHsl = true;
            need.activities.append(asNeeded);
        }
        plan.needs.append(need);
    }
    if (auto s = store::PlanRepository(m_store.db()).append(plan); !s) {
        return s;
    }
    m_plans.insert(r.id, plan);
    ++unit.planRevisions;
    return audit(plan.meta.wallMs, plan.meta.authorId, r.id, r.unitId, u"write.plan"_s, {});
}

void UnitWriter::occurrenceEvents(const core::Occurrence &o, const core::Id &carer, const core::Id &other,
    qint64 cutoffMs, const Odds &odds, std::vector<Pending> &out)
{
    core::Signature s;
    s.residentId = o.residentId;
    s.activityId = o.activityId;
    s.planRevisionId = o.planRevisionId;
    s.delegatedHsl = o.delegatedHsl;
    s.meta.authorId = carer;
    const auto add = [&](qint64 ms, const core::Signature &signature) {
        out.push_back({ ms, m_order++, signature });
        return m_order - 1;
    };
    if (o.asNeeded) {
        const qint64 at = core::careInstantMs(o.day, QTime(between(9, 18), between(0, 59)));
        if (permille(300) && at <= cutoffMs) {
            s.plannedFor = QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
            add(at, s);
        }
        return;
    }
    s.plannedFor = QDateTime::fromMSecsSinceEpoch(o.plannedMs, QTimeZone::utc());
    if (o.plannedMs + 30 * kMinuteMs > cutoffMs) {
        // Not yet done as a rule; some are signed as soon as their window opens.
        if (o.opensMs <= cutoffMs && permille(400)) {
            add(between(0, int((cutoffMs - o.opensMs) / kMinuteMs)) * kMinuteMs + o.opensMs, s);
        }
        return;
    }
    int roll = between(0, 999);
    if ((roll -= odds.unsignedMissed) < 0) {
        return;
    }
    qint64 at = o.plannedMs + between(-10, 25) * kMinuteMs;
    if ((roll -= odds.notDone) < 0) {
        s.outcome = core::SignatureOutcome::NotDone;
        s.reasonCode = core::NotDoneReason(between(1, 3)); // declined, absent, not possible
        s.reason = core::notDoneReasonText(s.reasonCode, {});
    } else if ((roll -= odds.late) < 0) {
        at = o.closesMs + between(5, 120) * kMinuteMs;
        s.late = true;
    }
    if (at > cutoffMs) {
        return;
    }
    const int signature = add(at, s);
    if (permille(odds.retracted)) {
        Pending retraction { at + between(1, 10) * kMinuteMs, m_order++, s, true, signature,
            permille(500) ? core::RetractionReason::Undone : core::RetractionReason::WrongTime };
        out.push_back(retraction);
        if (permille(500) && retraction.ms + kMinuteMs <= cutoffMs) {
            add(retraction.ms + kMinuteMs, s);
        }
    } else if (permille(odds.signedTwice) && at + 20 * kMinuteMs <= cutoffMs) {
        s.meta.authorId = other;
        add(at + between(2, 20) * kMinuteMs, s);
    }
}

Status UnitWriter::writeDay(SigningUnit &unit, const QDate &day, qint64 cutoffMs, bool today)
{
    store::Transaction tx(m_store.db());
    if (auto s = tx.start(); !s) {
        return s;
    }
    std::vector<Pending> events;
    for (int i = 0; i < unit.residents.size(); ++i) {
        const core::Resident &r = unit.residents.at(i);
        // The first plans on the first day; then each resident's follow-up, spread over the weeks around it.
        const auto plan = m_plans.constFind(r.id);
        if (plan == m_plans.cend() || plan->nextFollowUp.addDays(i % 45 - 22) == day) {
            if (auto s = writePlan(unit, i, day); !s) {
                return s;
            }
        }
        const core::Id carer = unit.staff.at(1 + between(0, kCareStaff - 1)).id;
        const core::Id other = unit.staff.at(1 + between(0, kCareStaff - 1)).id;
        for (const core::Occurrence &o : core::occurrencesOn(m_plans.value(r.id), day, unit.unit.signingWindow)) {
            occurrenceEvents(o, carer, other, cutoffMs, today ? kTodayOdds : kHistoryOdds, events);
        }
    }
    std::sort(events.begin(), events.end(),
        [](const Pending &a, const Pending &b) { return std::tie(a.ms, a.order) < std::tie(b.ms, b.order); });
    QHash<int, core::Signature> written;
    store::SigningRepository signing(m_store.db());
    for (Pending &e : events) {
        if (e.retraction) {
            const core::Signature &target = written.value(e.retracts);
            core::SignatureRetraction retraction { stampAt(e.ms, target.meta.authorId), target.meta.id,
                target.residentId, core::retractionReasonText(e.reason, {}), e.reason };
            if (auto s = signing.appendRetraction(retraction); !s) {
                return s;
            }
            if (auto s = audit(e.ms, target.meta.authorId, target.residentId, unit.unit.id,
                    u"write.signature_retraction"_s, core::toCode(e.reason));
                !s) {
                return s;
            }
            ++unit.retractions;
            continue;
        }
        core::Signature &s = e.signature;
        s.meta = stampAt(e.ms, s.meta.authorId);
        if (auto appended = signing.append(s); !appended) {
            return appended;
        }
        const QString detail = s.outcome == core::SignatureOutcome::NotDone
            ? u"not_done, "_s + core::toCode(s.reasonCode)
            : s.late ? u"done, late"_s
                     : u"done"_s;
        if (auto audited = audit(e.ms, s.meta.authorId, s.residentId, unit.unit.id, u"write.signature"_s, detail);
            !audited) {
            return audited;
        }
        written.insert(e.order, s);
        ++unit.signatures;
    }
    return tx.commit();
}

} // namespace

Result<SigningUnit> writeSigningUnit(store::DeviceStore &store, test::ManualClock &clock, const QDate &today,
    const QTime &now, int residents, int historyDays)
{
    SigningUnit unit;
    UnitWriter writer(store, clock);
    const QDate first = today.addDays(-historyDays);
    clock.set(core::careInstantMs(first, QTime(5, 0)));
    {
        store::Transaction tx(store.db());
        if (auto s = tx.start(); !s) {
            return s.error();
        }
        if (auto s = writer.writeMasterData(unit, residents, first); !s) {
            return s.error();
        }
        if (auto s = tx.commit(); !s) {
            return s.error();
        }
    }
    for (QDate day = first; day < today; day = day.addDays(1)) {
        if (auto s = writer.writeDay(unit, day, core::careInstantMs(day.addDays(1), QTime(0, 0)), false); !s) {
            return s.error();
        }
    }
    if (auto s = writer.writeDay(unit, today, core::careInstantMs(today, now), true); !s) {
        return s.error();
    }
    return unit;
}

} // namespace akten::bench
