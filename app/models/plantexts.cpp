// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/models/plantexts.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace akten::models {
QString planFindingText(core::PlanField field)
{
    switch (field) {
    case core::PlanField::Needs:
        return QCoreApplication::translate("PlanEditor", "Lägg till minst ett behov.");
    case core::PlanField::IcfCode:
        return QCoreApplication::translate("PlanEditor", "Koden finns inte i katalogen. Välj en kod från livsområdet.");
    case core::PlanField::Goal:
        return QCoreApplication::translate("PlanEditor", "Skriv målet: vad är viktigt för den enskilde?");
    case core::PlanField::ActivityWhen:
        return QCoreApplication::translate("PlanEditor", "Ange när: en tid, en situation eller Vid behov.");
    case core::PlanField::ActivityByWhom:
        return QCoreApplication::translate("PlanEditor", "Ange av vem: kontaktman eller en roll.");
    case core::PlanField::HowParticipated:
        return QCoreApplication::translate("PlanEditor", "Skriv hur den enskilde var med, eller varför inte.");
    case core::PlanField::Views:
        return QCoreApplication::translate("PlanEditor", "Skriv vem som sa vad.");
    case core::PlanField::RelativesInformed:
        return QCoreApplication::translate("PlanEditor", "Svara om anhöriga får veta innehållet.");
    case core::PlanField::ChildInformation:
        return QCoreApplication::translate("PlanEditor", "Skriv vilken information barnet fått, när och hur.");
    case core::PlanField::ChildViews:
        return QCoreApplication::translate("PlanEditor", "Skriv barnets åsikt.");
    case core::PlanField::ChildConsidered:
        return QCoreApplication::translate("PlanEditor", "Skriv hur barnets åsikt har beaktats.");
    }
    return {};
}

QString planErrorAt(const QList<core::PlanFinding> &findings, core::PlanField field, int need, int activity)
{
    for (const core::PlanFinding &f : findings) {
        if (f.field == field && f.need == need && f.activity == activity) {
            return planFindingText(field);
        }
    }
    return {};
}

QString signingPreview(const core::PlanActivity &activity)
{
    if (activity.asNeeded) {
        return QCoreApplication::translate("PlanEditor", "På signeringslistan: vid behov, varje signering räknas");
    }
    if (activity.times.isEmpty()) {
        return QCoreApplication::translate("PlanEditor", "Inte på signeringslistan: ingen tid vald");
    }
    QStringList times;
    for (const QTime &t : activity.times) {
        times.append(t.toString(QStringLiteral("HH:mm")));
    }
    QString days = QCoreApplication::translate("PlanEditor", "varje dag");
    if (!activity.weekdays.isEmpty() && activity.weekdays.size() < 7) {
        static const char *const names[] = { QT_TRANSLATE_NOOP("PlanEditor", "mån"),
            QT_TRANSLATE_NOOP("PlanEditor", "tis"), QT_TRANSLATE_NOOP("PlanEditor", "ons"),
            QT_TRANSLATE_NOOP("PlanEditor", "tor"), QT_TRANSLATE_NOOP("PlanEditor", "fre"),
            QT_TRANSLATE_NOOP("PlanEditor", "lör"), QT_TRANSLATE_NOOP("PlanEditor", "sön") };
        QList<int> sorted = activity.weekdays;
        std::sort(sorted.begin(), sorted.end());
        QStringList list;
        for (const int d : sorted) {
            list.append(QCoreApplication::translate("PlanEditor", names[d - 1]));
        }
        days = list.join(QStringLiteral(", "));
    }
    return QCoreApplication::translate("PlanEditor", "På signeringslistan: %1 %2")
        .arg(times.join(QStringLiteral(", ")), days);
}

QString needSummary(const core::PlanNeed &need)
{
    QStringList lines { QCoreApplication::translate("PlanEditor", "Mål: %1").arg(need.goal.trimmed()) };
    for (const core::PlanActivity &a : need.activities) {
        lines.append(QStringLiteral("%1 – %2").arg(a.description.trimmed(), signingPreview(a)));
    }
    return lines.join(u'\n');
}

} // namespace akten::models
