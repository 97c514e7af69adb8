// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/clock.h"

#include <QUuid>

namespace akten::core {

/** Record identifiers are UUIDv7 (RFC 9562): 48-bit Unix milliseconds, version 7, then random bits. */
using Id = QUuid;

/**
 * Makes time-ordered UUIDv7 ids on the device. Ids from one generator are strictly increasing even if the clock
 * stands still or jumps backwards (the timestamp never goes below the last one used; a counter fills the rest).
 * Not thread-safe.
 */
class IdGenerator
{
public:
    explicit IdGenerator(const Clock &clock);
    [[nodiscard]] Id next();
    /** Millisecond timestamp encoded in a UUIDv7, or -1 if the id is not version 7. */
    [[nodiscard]] static qint64 timestampMs(const Id &id);

private:
    const Clock &m_clock;
    qint64 m_lastMs = 0;
    quint32 m_counter = 0;
};

/** Canonical text form used in storage and JSON: lower-case, no braces. */
[[nodiscard]] QString idToString(const Id &id);
[[nodiscard]] Id idFromString(const QString &text);

} // namespace akten::core
