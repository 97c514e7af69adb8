// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#include "app/core/ids.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace akten::core {

IdGenerator::IdGenerator(const Clock &clock)
    : m_clock(clock)
{ }

Id IdGenerator::next()
{
    // RFC 9562 "method 1": rand_a (12 bits) is a counter within one millisecond, so ids from this generator are
    // strictly increasing; the timestamp never goes below the last one used, even if the clock goes backwards.
    const qint64 now = std::max(m_clock.nowMs(), m_lastMs);
    if (now == m_lastMs) {
        if (++m_counter > 0xfff) {
            m_lastMs = now + 1;
            m_counter = QRandomGenerator::system()->bounded(0x200u);
        }
    } else {
        m_lastMs = now;
        m_counter = QRandomGenerator::system()->bounded(0x200u); // leave room to count up within the ms
    }
    std::array<uchar, 16> b {};
    const quint64 ms = static_cast<quint64>(m_lastMs);
    for (int i = 0; i < 6; ++i) {
        b[static_cast<size_t>(i)] = static_cast<uchar>(ms >> (40 - 8 * i));
    }
    b[6] = static_cast<uchar>(0x70 | ((m_counter >> 8) & 0x0f));
    b[7] = static_cast<uchar>(m_counter & 0xff);
    const quint64 random = QRandomGenerator::system()->generate64();
    for (int i = 8; i < 16; ++i) {
        b[static_cast<size_t>(i)] = static_cast<uchar>(random >> (8 * (i - 8)));
    }
    b[8] = static_cast<uchar>(0x80 | (b[8] & 0x3f));
    return QUuid::fromRfc4122(QByteArrayView(b.data(), 16));
}

qint64 IdGenerator::timestampMs(const Id &id)
{
    // QUuid::version() in Qt 6.4 knows versions 1-5 only: read the version and variant bits directly.
    const QByteArray bytes = id.toRfc4122();
    if (id.isNull() || (static_cast<uchar>(bytes.at(6)) >> 4) != 7
        || (static_cast<uchar>(bytes.at(8)) & 0xc0) != 0x80) {
        return -1;
    }
    qint64 ms = 0;
    for (int i = 0; i < 6; ++i) {
        ms = (ms << 8) | static_cast<uchar>(bytes.at(i));
    }
    return ms;
}

QString idToString(const Id &id)
{
    return id.toString(QUuid::WithoutBraces);
}

Id idFromString(const QString &text)
{
    if (text.size() != 36) {
        return {};
    }
    return QUuid::fromString(text);
}

} // namespace akten::core
