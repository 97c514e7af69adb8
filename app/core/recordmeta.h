// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/hlc.h"
#include "app/core/ids.h"

#include <QString>

namespace akten::core {

/** Who wrote a record, on which device and when (HLC); shared by every record made on a device. */
struct RecordMeta
{
    Id id;
    Id authorId; ///< staff id
    QString deviceId; ///< the device that created the record
    HlcStamp hlc; ///< ordering; device wall clocks are never trusted for ordering
    qint64 wallMs = 0; ///< the device's wall clock at creation, for display only
};

} // namespace akten::core
