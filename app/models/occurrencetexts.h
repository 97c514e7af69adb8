// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/store/signingday.h"

#include <QCoreApplication>

class SyncFreshness;
#include <QHash>
#include <QString>

/**
 * What the signing screens say about an occurrence, in one place for Nu, the board, the kiosk and the record's
 * signing list: the status words ("Försenad", "Utförd 21:47 · Anna Berg", "Ej utförd · Avböjde", "Vid behov · 2
 * gånger i dag") and a chip tone. The signer's name shows only on the item, never counted per person.
 */
class OccurrenceTexts
{
    Q_DECLARE_TR_FUNCTIONS(OccurrenceTexts)

public:
    /**
     * `names`: staff id → "Anna Berg". With `freshness`, a miss that another device of `unitId` may have signed
     * unseen reads "Ej signerad här (uppdaterad 10:42)" instead of "Missad".
     */
    [[nodiscard]] static QString status(const akten::store::DayOccurrence &item,
        const QHash<akten::core::Id, QString> &names, const SyncFreshness *freshness = nullptr,
        const akten::core::Id &unitId = {});
    /** The longer line under it: a double signature's both signers, a retraction, a not-done reason in full. */
    [[nodiscard]] static QString detail(
        const akten::store::DayOccurrence &item, const QHash<akten::core::Id, QString> &names);
    /** A tone for a StatusChip: "good", "warning", "danger", "info" or "neutral". */
    [[nodiscard]] static QString tone(const akten::store::DayOccurrence &item, const SyncFreshness *freshness = nullptr,
        const akten::core::Id &unitId = {});
    /** Whether `item` is missed and that is certain (freshness as above). */
    [[nodiscard]] static bool certainlyMissed(
        const akten::store::DayOccurrence &item, const SyncFreshness *freshness, const akten::core::Id &unitId);
    /** "08:30", or "Vid behov". */
    [[nodiscard]] static QString time(const akten::core::Occurrence &occurrence);
    /** "HH:mm" of an instant in care time. */
    [[nodiscard]] static QString clock(qint64 ms);
};
