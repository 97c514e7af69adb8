// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "models/signinglistmodel.h"

#include "models/modelsupport.h"
#include "store/masterdatarepository.h"
#include "store/planrepository.h"
#include "store/signingrepository.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

SigningListModel::SigningListModel(akten::store::PlanRepository &plans, akten::store::SigningRepository &signing,
    akten::store::MasterDataRepository &master, QObject *parent)
    : RowListModel({ { TimeRole, "time" }, { ActivityRole, "activity" }, { StatusRole, "status" },
                       { StateRole, "signState" }, { DetailRole, "detail" }, { HslRole, "delegatedHsl" } },
        parent)
    , m_plans(plans)
    , m_signing(signing)
    , m_master(master)
    , m_day(akten::core::careToday())
{ }

void SigningListModel::load(const akten::core::Id &residentId)
{
    m_residentId = residentId;
    reload();
}

void SigningListModel::previousDay()
{
    setDay(m_day.addDays(-1));
}

void SigningListModel::nextDay()
{
    setDay(m_day.addDays(1));
}

void SigningListModel::setDay(const QDate &day)
{
    m_day = day;
    reload();
}

QString SigningListModel::dayLabel() const
{
    const QString date = akten::models::formatDateSv(m_day);
    return m_day == akten::core::careToday() ? tr("I dag, %1").arg(date) : date;
}

void SigningListModel::reload()
{
    const QDateTime from(m_day, QTime(0, 0), akten::core::careTimeZone());
    const auto heads = m_plans.heads(m_residentId);
    const auto signatures = m_signing.signatures(m_residentId, from.toUTC(), from.addDays(1).toUTC());
    const auto retractions = m_signing.retractions(m_residentId);
    const auto staff = m_master.staff();
    if (!heads || !signatures || !retractions || !staff) {
        m_summary.clear();
        setRows({}, tr("Signeringslistan kunde inte läsas."));
        Q_EMIT dayChanged();
        return;
    }
    const auto names = akten::models::staffLabels(staff.value());
    QSet<akten::core::Id> retracted;
    for (const auto &r : retractions.value()) {
        retracted.insert(r.signatureId);
    }
    struct Slot
    {
        QTime time;
        const akten::core::PlanActivity *activity;
    };
    QList<Slot> slots;
    if (!heads.value().isEmpty()) {
        const auto &plan = *std::max_element(heads.value().cbegin(), heads.value().cend(),
            [](const auto &a, const auto &b) { return a.meta.hlc < b.meta.hlc; });
        for (const auto &need : plan.needs) {
            for (const auto &activity : need.activities) {
                for (const QTime &time : activity.times) {
                    slots.append({ time, &activity });
                }
            }
        }
    }
    std::stable_sort(slots.begin(), slots.end(), [](const Slot &a, const Slot &b) { return a.time < b.time; });
    QList<Row> rows;
    int done = 0;
    int open = 0;
    for (const Slot &slot : slots) {
        const QDateTime planned = QDateTime(m_day, slot.time, akten::core::careTimeZone()).toUTC();
        Row row { { TimeRole, slot.time.toString(u"HH:mm"_s) }, { ActivityRole, slot.activity->description },
            { HslRole, slot.activity->description.contains(u"delegerad"_s) }, { StateRole, u"open"_s },
            { StatusRole, tr("Ej signerad") }, { DetailRole, QString() } };
        QStringList valid; // signatures that stand for this slot (two tablets offline can both sign it)
        for (const auto &s : signatures.value()) {
            if (s.activityId != slot.activity->id || s.plannedFor != planned) {
                continue;
            }
            const QString who = names.value(s.meta.authorId);
            const QString when
                = QDateTime::fromMSecsSinceEpoch(s.meta.wallMs, akten::core::careTimeZone()).toString(u"HH:mm"_s);
            if (retracted.contains(s.meta.id)) {
                row[StateRole] = u"retracted"_s;
                row[StatusRole] = tr("Makulerad");
                row[DetailRole] = tr("Signaturen av %1 har makulerats").arg(who);
                continue; // a later, valid signature for the same slot wins
            }
            const bool signedDone = s.outcome == akten::core::SignatureOutcome::Done;
            row[StateRole] = signedDone ? u"done"_s : u"notDone"_s;
            row[StatusRole] = signedDone ? tr("Utförd") : tr("Ej utförd");
            row[DetailRole] = signedDone ? tr("%1, klockan %2").arg(who, when)
                                         : tr("%1, klockan %2. Orsak: %3").arg(who, when, s.reason);
            valid << (signedDone ? tr("%1 klockan %2 (utförd)") : tr("%1 klockan %2 (ej utförd)")).arg(who, when);
        }
        if (valid.size() > 1) {
            // Both are kept; staff must see it (a medicine given twice is a deviation to report).
            row[StateRole] = u"double"_s;
            row[StatusRole] = tr("Signerad %n gånger", nullptr, int(valid.size()));
            row[DetailRole] = tr("Signerad på flera surfplattor: %1. Kontrollera vad som hänt och rapportera vid "
                                 "behov en avvikelse.")
                                  .arg(valid.join(u"; "_s));
        }
        (row.value(StateRole).toString() == "open"_L1 ? open : done)++;
        rows.append(row);
    }
    m_summary = slots.isEmpty() ? tr("Inga tidsatta insatser i planen")
                                : tr("%1 av %2 signerade, %3 kvar").arg(done).arg(slots.size()).arg(open);
    setRows(rows);
    Q_EMIT dayChanged();
}
