// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/occurrencetexts.h"

#include "app/core/caretime.h"
#include "app/core/enums.h"
#include "app/models/syncfreshness.h"

#include <QDateTime>
#include <QStringList>

using namespace Qt::StringLiterals;
using akten::core::OccurrenceState;

QString OccurrenceTexts::clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, akten::core::careTimeZone()).toString(u"HH:mm"_s);
}

QString OccurrenceTexts::time(const akten::core::Occurrence &occurrence)
{
    return occurrence.asNeeded ? tr("Vid behov") : occurrence.time.toString(u"HH:mm"_s);
}

bool OccurrenceTexts::certainlyMissed(
    const akten::store::DayOccurrence &item, const SyncFreshness *freshness, const akten::core::Id &unitId)
{
    return item.status.state == OccurrenceState::Missed
        && (!freshness || freshness->missedIsCertain(item.occurrence.closesMs, unitId));
}

QString OccurrenceTexts::status(const akten::store::DayOccurrence &item, const QHash<akten::core::Id, QString> &names,
    const SyncFreshness *freshness, const akten::core::Id &unitId)
{
    const akten::core::OccurrenceStatus &s = item.status;
    if (item.occurrence.asNeeded) {
        return s.valid.isEmpty() ? tr("Vid behov") : tr("Vid behov · %n gånger i dag", nullptr, int(s.valid.size()));
    }
    if (s.signedTwice(item.occurrence)) {
        return tr("Signerad %n gånger", nullptr, int(s.valid.size()));
    }
    switch (s.state) {
    case OccurrenceState::Upcoming:
        return tr("Kommande");
    case OccurrenceState::Due:
        return tr("Nu");
    case OccurrenceState::Overdue:
        return tr("Försenad");
    case OccurrenceState::Missed:
        return certainlyMissed(item, freshness, unitId) ? tr("Missad") : freshness->notSignedHereText(unitId);
    case OccurrenceState::AsNeeded:
        return tr("Vid behov");
    case OccurrenceState::Done:
    case OccurrenceState::NotDone:
        break;
    }
    const akten::core::Signature &last = s.valid.constLast();
    const QString who = names.value(last.meta.authorId, tr("okänd"));
    if (last.outcome == akten::core::SignatureOutcome::NotDone) {
        const QString why = last.reasonCode == akten::core::NotDoneReason::Unspecified
            ? last.reason
            : akten::core::labelSv(last.reasonCode);
        return tr("Ej utförd · %1").arg(why);
    }
    const QString at = clock(last.meta.wallMs);
    return last.late ? tr("Signerad i efterhand %1 · %2").arg(at, who) : tr("Utförd %1 · %2").arg(at, who);
}

QString OccurrenceTexts::detail(const akten::store::DayOccurrence &item, const QHash<akten::core::Id, QString> &names)
{
    const akten::core::OccurrenceStatus &s = item.status;
    QStringList lines;
    if (s.signedTwice(item.occurrence)) {
        QStringList who;
        for (const akten::core::Signature &signature : s.valid) {
            who << tr("%1 klockan %2").arg(names.value(signature.meta.authorId), clock(signature.meta.wallMs));
        }
        lines << tr("Signerad på flera surfplattor: %1. Kontrollera vad som hänt och rapportera vid behov en "
                    "avvikelse.")
                     .arg(who.join(u"; "_s));
    } else if (!s.valid.isEmpty() && s.valid.constLast().outcome == akten::core::SignatureOutcome::NotDone) {
        const akten::core::Signature &last = s.valid.constLast();
        lines << tr("%1 klockan %2. Orsak: %3")
                     .arg(names.value(last.meta.authorId), clock(last.meta.wallMs), last.reason);
    }
    for (const akten::core::Signature &retracted : s.retracted) {
        lines << tr("Makulerad signering av %1 klockan %2")
                     .arg(names.value(retracted.meta.authorId), clock(retracted.meta.wallMs));
    }
    return lines.join(u'\n');
}

QString OccurrenceTexts::tone(
    const akten::store::DayOccurrence &item, const SyncFreshness *freshness, const akten::core::Id &unitId)
{
    if (item.status.signedTwice(item.occurrence)) {
        return u"danger"_s;
    }
    switch (item.status.state) {
    case OccurrenceState::Done:
        return u"good"_s;
    case OccurrenceState::NotDone:
    case OccurrenceState::Overdue:
        return u"warning"_s;
    case OccurrenceState::Missed:
        return certainlyMissed(item, freshness, unitId) ? u"danger"_s : u"warning"_s;
    case OccurrenceState::Due:
        return u"info"_s;
    case OccurrenceState::Upcoming:
    case OccurrenceState::AsNeeded:
        return u"neutral"_s;
    }
    return u"neutral"_s;
}
