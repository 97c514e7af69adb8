// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "platform/badgereader.h"

namespace akten::platform {

/**
 * A reader without hardware, for the demo and tests: tap()/remove() stand for putting a badge on the reader and
 * taking it off. Behaves like the libnfc backend: a badge already on the reader is not reported twice.
 */
class SimulatedBadgeReader final : public BadgeReader
{
    Q_OBJECT

public:
    using BadgeReader::BadgeReader;

    void start() override;
    void stop() override;

    /** Puts a badge on the reader; false if the reader is stopped or the UID is not hex. */
    Q_INVOKABLE bool tap(const QString &uidHex);
    /** Takes the badge off the reader. */
    Q_INVOKABLE void remove();

private:
    QString m_present;
};

} // namespace akten::platform
