// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/hlc.h"
#include "app/core/ids.h"
#include "app/core/recordmeta.h"

namespace akten::core {

/** Gives each new record on this device its id, HLC stamp, device id and author. Not thread-safe. */
class RecordStamper
{
public:
    RecordStamper(const Clock &clock, QString deviceId);
    [[nodiscard]] RecordMeta stamp(const Id &authorId);
    [[nodiscard]] Id newId() { return m_ids.next(); }
    [[nodiscard]] HybridLogicalClock &hlc() { return m_hlc; }
    [[nodiscard]] QString deviceId() const { return m_deviceId; }

private:
    const Clock &m_clock;
    QString m_deviceId;
    IdGenerator m_ids;
    HybridLogicalClock m_hlc;
};

} // namespace akten::core
