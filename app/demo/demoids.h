// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/recordmeta.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace akten::demo {

/**
 * Deterministic source of ids and record stamps for the demo: UUIDv7 whose timestamp is the record's time and
 * whose random bits come from a seeded generator, and HLC stamps from the record time (logical counter for ties).
 */
class DemoIds
{
public:
    DemoIds(quint64 seed, QString deviceId);

    [[nodiscard]] core::Id id(qint64 atMs);
    [[nodiscard]] core::RecordMeta meta(const core::Id &author, const QDateTime &at);
    [[nodiscard]] QRandomGenerator &random() { return m_random; }
    /** Uniform integer in [low, high]. */
    [[nodiscard]] int between(int low, int high);
    /** True with the given probability in percent. */
    [[nodiscard]] bool chance(int percent);
    template<typename T> const T &pick(const QList<T> &list) { return list.at(between(0, int(list.size()) - 1)); }

private:
    QRandomGenerator m_random;
    QString m_deviceId;
    qint64 m_lastMs = 0;
    quint32 m_logical = 0;
};

} // namespace akten::demo
