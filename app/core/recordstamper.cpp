// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/recordstamper.h"

namespace akten::core {

RecordStamper::RecordStamper(const Clock &clock, QString deviceId)
    : m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_ids(clock)
    , m_hlc(clock)
{ }

RecordMeta RecordStamper::stamp(const Id &authorId)
{
    return RecordMeta { m_ids.next(), authorId, m_deviceId, m_hlc.now(), m_clock.nowMs() };
}

} // namespace akten::core
