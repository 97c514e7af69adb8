// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/signingservice.h"

#include "app/auth/accessaudit.h"
#include "app/core/clock.h"
#include "app/core/enums.h"
#include "app/store/devicestore.h"
#include "app/store/journalrepository.h"
#include "app/store/masterdatarepository.h"
#include "app/store/signingrepository.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace akten;

namespace {

SigningService::Outcome problem(SigningService::Problem p, const QString &log)
{
    SigningService::Outcome outcome;
    outcome.problem = p;
    outcome.logMessage = log;
    return outcome;
}

SigningService::Outcome refused(core::SigningRefusal refusal)
{
    SigningService::Outcome outcome = problem(SigningService::Problem::Refused, core::describe(refusal));
    outcome.refusal = refusal;
    return outcome;
}

core::Staff staffOf(const auth::SessionUser &user)
{
    core::Staff staff;
    staff.id = user.staffId;
    staff.role = user.role;
    staff.unitIds = user.unitIds;
    return staff;
}

} // namespace

SigningService::SigningService(
    store::DeviceStore &store, store::MasterDataRepository &master, auth::AccessAudit &audit, const core::Clock &clock)
    : m_store(store)
    , m_master(master)
    , m_audit(audit)
    , m_clock(clock)
    , m_reader(store.db())
{ }

core::SigningWindow SigningService::windowOf(const core::Id &unitId) const
{
    const auto units = m_master.units();
    if (units) {
        for (const core::Unit &unit : units.value()) {
            if (unit.id == unitId) {
                return unit.signingWindow;
            }
        }
    }
    return {};
}

SigningService::Outcome SigningService::resolve(const auth::SessionUser &user, const OccurrenceRef &ref, Target &target)
{
    auto resident = m_master.resident(ref.residentId);
    if (!resident) {
        return problem(Problem::OutOfScope, u"unknown resident"_s);
    }
    if (!auth::inScope(user, resident.value())) {
        return problem(Problem::OutOfScope, u"resident outside the user's units"_s);
    }
    auto plan = m_reader.revision(ref.planRevisionId);
    if (!plan) {
        return problem(Problem::StoreFailed, plan.error().message);
    }
    if (!plan.value() || plan.value()->residentId != ref.residentId || !ref.day.isValid()) {
        return problem(Problem::UnknownOccurrence, u"no such plan revision for the resident"_s);
    }
    // The occurrence as the plan has it (its window from the unit), never as the request describes it.
    for (const core::Occurrence &o : core::occurrencesOn(*plan.value(), ref.day, windowOf(resident.value().unitId))) {
        if (o.activityId == ref.activityId && (o.asNeeded || o.plannedMs == ref.plannedMs)) {
            target = { resident.value(), o };
            return {};
        }
    }
    return problem(Problem::UnknownOccurrence, u"the plan has no such occurrence"_s);
}

core::Signature SigningService::signatureFor(const Target &target, core::SignatureOutcome outcome, qint64 nowMs) const
{
    const core::Occurrence &o = target.occurrence;
    core::Signature s;
    s.residentId = o.residentId;
    s.activityId = o.activityId;
    s.planRevisionId = o.planRevisionId;
    // As needed, each signature is its own occasion at the moment of signing (whole seconds: the stored key).
    s.plannedFor = QDateTime::fromMSecsSinceEpoch(o.asNeeded ? nowMs - nowMs % 1000 : o.plannedMs, QTimeZone::utc());
    s.outcome = outcome;
    s.delegatedHsl = o.delegatedHsl;
    s.late = !o.asNeeded && nowMs > o.closesMs;
    return s;
}

SigningService::Outcome SigningService::sign(const auth::SessionUser &user, const QList<OccurrenceRef> &refs)
{
    const qint64 now = m_clock.nowMs();
    QList<Target> targets;
    for (const OccurrenceRef &ref : refs) {
        Target target;
        if (Outcome resolved = resolve(user, ref, target); !resolved) {
            return resolved;
        }
        targets.append(target);
    }
    Outcome outcome;
    QList<auth::AuditedWrite> writes;
    for (const Target &target : std::as_const(targets)) {
        outcome.signatures.append(signatureFor(target, core::SignatureOutcome::Done, now));
    }
    for (core::Signature &signature : outcome.signatures) {
        writes.append({ u"write.signature"_s, signature.residentId, std::nullopt,
            signature.late ? u"done, late"_s : u"done"_s, [&signature, &user](store::DeviceStore &store) {
                signature.meta = store.stamper().stamp(user.staffId);
                return store::SigningRepository(store.db()).append(signature);
            } });
    }
    for (qsizetype i = 0; i < writes.size(); ++i) {
        writes[i].unitId = targets.at(i).resident.unitId;
    }
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    return outcome;
}

SigningService::Outcome SigningService::notDone(
    const auth::SessionUser &user, const OccurrenceRef &ref, core::NotDoneReason reason, const QString &comment)
{
    if (const auto refusal = core::checkNotDone(reason, comment); refusal != core::SigningRefusal::None) {
        return refused(refusal);
    }
    Target target;
    if (Outcome resolved = resolve(user, ref, target); !resolved) {
        return resolved;
    }
    Outcome outcome;
    core::Signature signature = signatureFor(target, core::SignatureOutcome::NotDone, m_clock.nowMs());
    signature.reasonCode = reason;
    signature.reason = core::notDoneReasonText(reason, comment);
    core::JournalEntry entry;
    entry.residentId = target.resident.id;
    entry.eventDate = target.occurrence.day;
    entry.category = core::JournalCategory::Deviation;
    entry.text = core::deviationJournalText(target.resident.firstName, target.occurrence, reason, comment);
    entry.authorName = user.displayName;
    entry.authorTitle = user.title;
    const core::Id unit = target.resident.unitId;
    const QList<auth::AuditedWrite> writes {
        { u"write.signature"_s, entry.residentId, unit, u"not_done, "_s + core::toCode(reason),
            [&](store::DeviceStore &store) {
                signature.meta = store.stamper().stamp(user.staffId);
                return store::SigningRepository(store.db()).append(signature);
            } },
        { u"write.journal"_s, entry.residentId, unit, u"deviation from a not-done signature"_s,
            [&](store::DeviceStore &store) {
                entry.meta = store.stamper().stamp(user.staffId);
                return store::JournalRepository(store.db()).append(entry);
            } },
    };
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    outcome.signatures.append(signature);
    return outcome;
}

SigningService::Outcome SigningService::retract(const auth::SessionUser &user, const QList<core::Id> &signatureIds,
    core::RetractionReason reason, const QString &comment, bool undo)
{
    if (const auto refusal = core::checkRetraction(reason, comment, undo); refusal != core::SigningRefusal::None) {
        return refused(refusal);
    }
    store::SigningRepository signing(m_store.db());
    QList<core::SignatureRetraction> retractions;
    QList<core::Id> units;
    for (const core::Id &id : signatureIds) {
        auto found = signing.signature(id);
        if (!found) {
            return problem(Problem::StoreFailed, found.error().message);
        }
        if (!found.value()) {
            return problem(Problem::UnknownSignature, u"no such signature"_s);
        }
        const core::Signature &signature = *found.value();
        auto resident = m_master.resident(signature.residentId);
        if (!resident || !auth::inScope(user, resident.value())) {
            return problem(Problem::OutOfScope, u"resident outside the user's units"_s);
        }
        if (!core::mayRetract(staffOf(user), signature, resident.value().unitId)) {
            return refused(core::SigningRefusal::NotAllowed);
        }
        auto earlier = signing.retractions(signature.residentId);
        if (!earlier) {
            return problem(Problem::StoreFailed, earlier.error().message);
        }
        for (const core::SignatureRetraction &r : earlier.value()) {
            if (r.signatureId == id) {
                return refused(core::SigningRefusal::AlreadyRetracted);
            }
        }
        retractions.append({ {}, id, signature.residentId, core::retractionReasonText(reason, comment), reason });
        units.append(resident.value().unitId);
    }
    QList<auth::AuditedWrite> writes;
    for (qsizetype i = 0; i < retractions.size(); ++i) {
        core::SignatureRetraction &retraction = retractions[i];
        writes.append({ u"write.signature_retraction"_s, retraction.residentId, units.at(i), core::toCode(reason),
            [&retraction, &user](store::DeviceStore &store) {
                retraction.meta = store.stamper().stamp(user.staffId);
                return store::SigningRepository(store.db()).appendRetraction(retraction);
            } });
    }
    if (auto written = m_audit.recordWrites(&user, writes); !written) {
        return problem(Problem::StoreFailed, written.error().message);
    }
    return {};
}
