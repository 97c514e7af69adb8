// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "tests/support/demostore.h"

#include "app/core/caretime.h"
#include "app/store/masterdatarepository.h"
#include "app/store/signingday.h"
#include "app/store/signingrepository.h"

#include <QDate>

#include <algorithm>

namespace akten::test {

/**
 * The demo store with one resident's month made to show every kind of mark: on `day` a signature retracted and
 * the insats then marked not done (Avböjde) by a colleague, and two more as-needed signatures; the day before, a
 * retracted signature; two days before, the same slot signed twice, the second late. The list is read as of
 * `day` 22:00, so the rest of the month is in the future.
 */
struct SigningMonthFixture
{
    DemoStore demo;
    core::Resident resident;
    QDate day;
    qint64 nowMs = 0;
    store::DayOccurrence retractedThenNotDone; ///< on `day`
    store::DayOccurrence retracted; ///< on day - 1
    store::DayOccurrence lateTwin; ///< on day - 2
    store::DayOccurrence asNeeded; ///< on `day`, with its signatures before the two added
    core::Staff colleague; ///< signs the late twin and the not-done

    bool create()
    {
        if (!demo.create()) {
            return false;
        }
        day = core::careToday().addDays(-3);
        if (day.day() < 3) {
            day = QDate(day.year(), day.month(), 3); // two earlier days in the same month
        }
        nowMs = core::careInstantMs(day, QTime(22, 0));
        const auto hasSigned = [this](const core::Resident &r, const QDate &on) {
            const QList<store::DayOccurrence> list = items(r, on);
            return std::any_of(list.cbegin(), list.cend(),
                [](const auto &i) { return !i.occurrence.asNeeded && !i.status.valid.isEmpty(); });
        };
        for (const core::Resident &r : demo.data.residents) {
            const QList<store::DayOccurrence> today = items(r, day);
            if (hasSigned(r, day) && hasSigned(r, day.addDays(-1)) && hasSigned(r, day.addDays(-2))
                && std::any_of(today.cbegin(), today.cend(), [](const auto &i) { return i.occurrence.asNeeded; })) {
                resident = r;
                break;
            }
        }
        if (resident.id.isNull()) {
            return false;
        }
        retractedThenNotDone = firstSigned(day);
        retracted = firstSigned(day.addDays(-1));
        lateTwin = firstSigned(day.addDays(-2));
        for (const auto &i : items(resident, day)) {
            if (i.occurrence.asNeeded && asNeeded.occurrence.activityId.isNull()) {
                asNeeded = i;
            }
        }
        for (const core::Staff &s : demo.data.staff) {
            if (s.role == core::StaffRole::CareStaff && s.unitIds.contains(resident.unitId) && colleague.id.isNull()
                && s.id != lateTwin.status.valid.constFirst().meta.authorId
                && s.id != retractedThenNotDone.status.valid.constFirst().meta.authorId) {
                colleague = s;
            }
        }
        store::SigningRepository signing(demo.store->db());
        const auto retract = [&](const core::Signature &s) {
            return signing.appendRetraction({ demo.store->stamper().stamp(s.meta.authorId), s.meta.id, resident.id,
                QStringLiteral("Fel tid"), core::RetractionReason::WrongTime });
        };
        core::Signature notDone = signatureFor(retractedThenNotDone.occurrence);
        notDone.outcome = core::SignatureOutcome::NotDone;
        notDone.reasonCode = core::NotDoneReason::Declined;
        notDone.reason = QStringLiteral("Avböjde");
        core::Signature late = signatureFor(lateTwin.occurrence);
        late.late = true;
        return retract(retractedThenNotDone.status.valid.constFirst()) && signing.append(notDone)
            && retract(retracted.status.valid.constFirst()) && signing.append(late)
            && signing.append(signatureFor(asNeeded.occurrence)) && signing.append(signatureFor(asNeeded.occurrence));
    }

    QList<store::DayOccurrence> items(const core::Resident &r, const QDate &on)
    {
        QHash<core::Id, core::SigningWindow> windows;
        for (const core::Unit &unit : demo.data.units) {
            windows.insert(unit.id, unit.signingWindow);
        }
        auto read = store::SigningDayReader(demo.store->db()).read({ r }, windows, on, nowMs);
        return read ? read.value() : QList<store::DayOccurrence> {};
    }

    store::DayOccurrence firstSigned(const QDate &on)
    {
        for (const auto &i : items(resident, on)) {
            if (!i.occurrence.asNeeded && !i.status.valid.isEmpty()) {
                return i;
            }
        }
        return {};
    }

    core::Signature signatureFor(const core::Occurrence &o)
    {
        return { demo.store->stamper().stamp(colleague.id), resident.id, o.activityId, o.planRevisionId, o.plannedFor(),
            core::SignatureOutcome::Done, {}, o.delegatedHsl };
    }
};

} // namespace akten::test
