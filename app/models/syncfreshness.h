// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/ids.h"
#include "sync/client/freshness.h"

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace akten::core {
class Clock;
}

/**
 * How current this device's copy of its units is, for the unit board, the kiosk and the sync screen: "Uppdaterad
 * 10:42" (the last completed sync), whether that is stale (no contact with the central store within two light
 * intervals), and per occurrence whether "Missad" is certain or only "Ej signerad här (uppdaterad 10:42)" because
 * another device of the unit may hold a signature this one has not seen (sync::Freshness). Updated by
 * SyncStatusModel after each sync and every minute; a device that does not sync knows of no other device, so its
 * misses are certain. GUI thread. Swedish text.
 */
class SyncFreshness : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SyncStatusModel")
    Q_PROPERTY(QString lastContactText READ lastContactText NOTIFY changed)
    Q_PROPERTY(bool stale READ stale NOTIFY changed)
    Q_PROPERTY(QString staleText READ staleText NOTIFY changed)

public:
    explicit SyncFreshness(const akten::core::Clock &clock, QObject *parent = nullptr);
    ~SyncFreshness() override;
    Q_DISABLE_COPY_MOVE(SyncFreshness)

    /** What the store says now; nullopt: this device does not sync. Emits changed(). */
    void update(std::optional<akten::sync::Freshness> freshness);
    [[nodiscard]] const std::optional<akten::sync::Freshness> &freshness() const { return m_freshness; }

    /** "Uppdaterad 10:42" ("Uppdaterad i går 10:42", "Aldrig uppdaterad"); empty when this device does not sync. */
    [[nodiscard]] QString lastContactText() const;
    /** No completed sync within two light intervals (or never): the board says its data may be old. */
    [[nodiscard]] bool stale() const;
    /** What stale means for staff, in a sentence; empty when not stale. */
    [[nodiscard]] QString staleText() const;
    /**
     * For the board: whether an occurrence of `unitId` (null: any of this device's units) whose window closed at
     * `closesMs` and that has no signature here is certainly missed now (sync::Freshness::certainAt).
     */
    [[nodiscard]] bool missedIsCertain(qint64 closesMs, const akten::core::Id &unitId = {}) const;
    /** What the board shows instead of "Missad" when it is not certain: "Ej signerad här (uppdaterad 10:42)". */
    [[nodiscard]] QString notSignedHereText(const akten::core::Id &unitId = {}) const;

Q_SIGNALS:
    void changed();

private:
    const akten::core::Clock &m_clock;
    std::optional<akten::sync::Freshness> m_freshness;
};
