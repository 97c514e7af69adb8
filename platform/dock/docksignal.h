// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include <QObject>

namespace akten::platform {

/**
 * Whether the tablet stands in its dock. Sync starts when it becomes docked (sync::SyncScheduler, which knows only
 * this interface); the composition root picks the signal (PowerSupplyDock, BeaconDock).
 */
class DockSignal : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    [[nodiscard]] virtual bool docked() const = 0;

Q_SIGNALS:
    void dockedChanged(bool docked);
};

} // namespace akten::platform
