// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/demo/demoids.h"

#include <array>

namespace akten::demo {

DemoIds::DemoIds(quint64 seed, QString deviceId)
    : m_random(static_cast<quint32>(seed ^ (seed >> 32)))
    , m_deviceId(std::move(deviceId))
{ }

core::Id DemoIds::id(qint64 atMs)
{
    std::array<uchar, 16> b {};
    for (int i = 0; i < 6; ++i) {
        b[static_cast<size_t>(i)] = static_cast<uchar>(static_cast<quint64>(atMs) >> (40 - 8 * i));
    }
    const quint64 r1 = m_random.generate64();
    const quint64 r2 = m_random.generate64();
    b[6] = static_cast<uchar>(0x70 | (r1 & 0x0f));
    b[7] = static_cast<uchar>(r1 >> 8);
    b[8] = static_cast<uchar>(0x80 | ((r1 >> 16) & 0x3f));
    for (int i = 9; i < 16; ++i) {
        b[static_cast<size_t>(i)] = static_cast<uchar>(r2 >> (8 * (i - 9)));
    }
    return QUuid::fromRfc4122(QByteArrayView(b.data(), 16));
}

core::RecordMeta DemoIds::meta(const core::Id &author, const QDateTime &at)
{
    const qint64 ms = at.toMSecsSinceEpoch();
    if (ms == m_lastMs) {
        ++m_logical;
    } else {
        m_lastMs = ms;
        m_logical = 0;
    }
    return core::RecordMeta { id(ms), author, m_deviceId, core::HlcStamp { ms, m_logical }, ms };
}

int DemoIds::between(int low, int high)
{
    return low + static_cast<int>(m_random.bounded(static_cast<quint32>(high - low + 1)));
}

bool DemoIds::chance(int percent)
{
    return between(1, 100) <= percent;
}

} // namespace akten::demo
