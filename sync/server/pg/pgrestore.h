// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Akten developers
#pragma once

#include "app/core/result.h"

#include <QList>
#include <QString>

#include <utility>

namespace akten::sync::pg {

/**
 * After `pg_restore` of a central database: moves the log's next position kRestorePositionJump beyond its last one,
 * as `aktenctl restore` does for the embedded store (sync/PROTOCOL.md "Download"), and counts what it holds (devices,
 * refused records, records per kind). Returns the counts and the next position.
 */
[[nodiscard]] Result<std::pair<QList<std::pair<QString, qint64>>, qint64>> moveRestoredLogOn(
    const QString &conninfo, const QByteArray &password);

} // namespace akten::sync::pg
